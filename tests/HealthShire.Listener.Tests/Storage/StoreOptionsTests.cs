using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage;
using HealthShire.Listener.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Tests.Storage;

public sealed class StoreOptionsTests : IDisposable
{
    private const string SecretKey = "0123456789abcdef0123456789abcde";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthshire-options-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("Data Source=x.db;Bogus Keyword=1")]
    [InlineData("Data Source=x.db;Mode=Sometimes")]
    [InlineData("")]
    [InlineData("Cache=Shared")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=file:x.db?mode=ro")]
    public void Validate_BadConnectionString_NamesTheKey(string connectionString)
    {
        var result = new StoreOptionsValidator().Validate(null, new StoreOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Store:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=data/listener.db")]
    [InlineData("Host=127.0.0.1;Username=listener;Password=hunter2-secret")]
    [InlineData("Database=listener;Password=hunter2-secret")]
    [InlineData("Host=127.0.0.1;Database=listener;Bogus Keyword=1;Password=hunter2-secret")]
    public void Validate_PostgresWithoutHostOrDatabase_NamesTheKeyWithoutEchoingThePassword(string connectionString)
    {
        var result = new StoreOptionsValidator().Validate(
            null,
            new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString, PseudonymKey = SecretKey + "f" });

        Assert.True(result.Failed);
        Assert.Contains("Store:ConnectionString must be a PostgreSQL connection string with Host and Database", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithoutPseudonymKey_AsksForOneSharedByEveryNode()
    {
        var result = new StoreOptionsValidator().Validate(
            null,
            new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=listener;Username=listener" });

        Assert.True(result.Failed);
        Assert.Contains("Store:PseudonymKey must be set when Store:Provider is Postgres", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Store:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithHostDatabaseAndKey_Succeeds() =>
        Assert.True(new StoreOptionsValidator().Validate(
            null,
            new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = "Host=db.internal;Port=5433;Database=listener;Username=listener", PseudonymKey = SecretKey + "f" }).Succeeded);

    [Theory]
    [InlineData("too-short")]
    [InlineData(SecretKey)]
    public void Validate_BadPseudonymKey_NamesTheKeyWithoutEchoingIt(string key)
    {
        var result = new StoreOptionsValidator().Validate(null, new StoreOptions { PseudonymKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Store:PseudonymKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new StoreOptionsValidator().Validate(null, new StoreOptions()).Succeeded);
    }

    [Fact]
    public void TryParse_RelativeDataSource_ResolvesAgainstCurrentDirectory()
    {
        Assert.True(SqliteLocation.TryParse(StoreOptions.DefaultConnectionString, out var location, out _));

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data", "listener.db"), location.DatabasePath);
        Assert.Equal(location.DatabasePath, new SqliteConnectionStringBuilder(location.ConnectionString).DataSource);
        Assert.Equal(location.DatabasePath + ".pseudonym-key", location.PseudonymKeyPath);
    }

    [Fact]
    public void AddPostStore_InvalidSettings_FailsNamingTheKey()
    {
        using var provider = BuildProvider(new() { ["Store:PseudonymKey"] = "short" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IPostStore>());

        Assert.Contains("Store:PseudonymKey", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task AddPostStore_ValidSettings_ResolvesAWorkingStoreAndKeepsTheKeyBesideTheDatabase()
    {
        var database = Path.Combine(_folder, "nested", "listener.db");
        using (var provider = BuildProvider(new() { ["Store:ConnectionString"] = $"Data Source={database}" }))
        {
            var store = provider.GetRequiredService<IPostStore>();
            await store.MigrateAsync(TestContext.Current.CancellationToken);
            await store.SaveBatchAsync([Some.Classified("di")], [], TestContext.Current.CancellationToken);
            var pseudonym = provider.GetRequiredService<IAuthorPseudonymizer>().Pseudonymize("reddit", "someone");

            Assert.Equal(1, (await store.GetStatusAsync(TestContext.Current.CancellationToken)).Communities.Single().Posts);
            Assert.Matches("^[0-9a-f]{20}$", pseudonym);
            Assert.True(File.Exists(database + ".pseudonym-key"));
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={database}"));
        }
    }

    [Fact]
    public void AddPostStore_ConfiguredKey_PseudonymsFollowTheKey()
    {
        var database = Path.Combine(_folder, "listener.db");
        var settings = new Dictionary<string, string?> { ["Store:ConnectionString"] = $"Data Source={database}" };
        using var generated = BuildProvider(settings);
        using var configured = BuildProvider(new(settings) { ["Store:PseudonymKey"] = SecretKey + "f" });

        var fromFile = generated.GetRequiredService<IAuthorPseudonymizer>().Pseudonymize("x", "someone");
        var fromSettings = configured.GetRequiredService<IAuthorPseudonymizer>().Pseudonymize("x", "someone");

        Assert.NotEqual(fromFile, fromSettings);
        Assert.Equal(new HmacAuthorPseudonymizer(Convert.FromHexString(SecretKey + "f")).Pseudonymize("x", "someone"), fromSettings);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddPostStore();
        return services.BuildServiceProvider();
    }
}
