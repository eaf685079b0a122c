using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Storage.Privacy;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage;

public sealed class PseudonymKeyProviderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthshire-key-" + Guid.NewGuid().ToString("N"));

    private readonly FakeLogger<PseudonymKeyProvider> _logger = new();

    private string DataFolder => Path.Combine(_folder, "data");

    private string KeyFile => Path.Combine(DataFolder, "listener.db.pseudonym-key");

    [Fact]
    public void GetKey_NoConfiguredKey_GeneratesOnceAndReusesIt()
    {
        var first = Provider(null).GetKey();
        var second = Provider(string.Empty).GetKey();

        Assert.Equal(PseudonymKey.GeneratedBytes, first.Length);
        Assert.Equal(first, second);
        Assert.True(File.Exists(KeyFile));
        Assert.Single(Directory.GetFiles(DataFolder));
    }

    [Fact]
    public void GetKey_NewKey_LogsWhereItIsButNeverTheKey()
    {
        var key = Provider(null).GetKey();

        var logged = string.Join("\n", _logger.Collector.GetSnapshot().Select(record => record.Message));
        Assert.Contains(KeyFile, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(key), logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(key), logged, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void GetKey_GeneratedKeyFile_IsReadableByTheOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file permissions only.");

        Provider(null).GetKey();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
    }

    [Theory]
    [InlineData("000102030405060708090a0b0c0d0e0f")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    public void GetKey_ConfiguredKey_UsesItAndWritesNoFile(string configured)
    {
        var key = Provider(configured).GetKey();

        Assert.Equal(Enumerable.Range(0, 16).Select(i => (byte)i), key);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void GetKey_CorruptKeyFile_ThrowsNamingTheFile()
    {
        Directory.CreateDirectory(DataFolder);
        File.WriteAllText(KeyFile, "short");

        var error = Assert.Throws<InvalidOperationException>(() => Provider(null).GetKey());

        Assert.Contains(KeyFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonymize_DifferentKeys_GiveDifferentPseudonyms()
    {
        var generated = new HmacAuthorPseudonymizer(Provider(null).GetKey());
        var configured = new HmacAuthorPseudonymizer(Provider(new string('a', 64)).GetKey());
        var reloaded = new HmacAuthorPseudonymizer(Provider(null).GetKey());

        Assert.NotEqual(generated.Pseudonymize("reddit", "someone"), configured.Pseudonymize("reddit", "someone"));
        Assert.Equal(generated.Pseudonymize("reddit", "someone"), reloaded.Pseudonymize("reddit", "someone"));
    }

    [Theory]
    [InlineData("00112233445566778899aabbccddeeff", 16)]
    [InlineData("  00112233445566778899AABBCCDDEEFF00112233445566778899aabbccddeeff  ", 32)]
    [InlineData("q83vEjRWeJCrze8SNFZ4kA==", 16)]
    public void TryParse_ValidKey_DecodesBytes(string text, int expectedLength)
    {
        Assert.True(PseudonymKey.TryParse(text, out var key));
        Assert.Equal(expectedLength, key.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("00112233")]
    [InlineData("not a key at all!")]
    [InlineData("c2hvcnQ=")]
    public void TryParse_InvalidOrShortKey_Fails(string text)
    {
        Assert.False(PseudonymKey.TryParse(text, out _));
    }

    private PseudonymKeyProvider Provider(string? configuredKey) => new(configuredKey, KeyFile, _logger);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
