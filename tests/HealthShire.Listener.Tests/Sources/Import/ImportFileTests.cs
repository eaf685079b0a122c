using System.Text;
using HealthShire.Listener.Sources.Import;
using ZstdSharp;
using ZstdSharp.Unsafe;

namespace HealthShire.Listener.Tests.Sources.Import;

public sealed class ImportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("import-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_PlainFile_ReadsItAsItIsAndCountsItsBytes()
    {
        var path = Path.Combine(_folder, "plain.zst");
        File.WriteAllText(path, "{\"id\":\"a\"}\n");

        using var file = ImportFile.Open(path);
        var text = new StreamReader(file.Content).ReadToEnd();

        Assert.False(file.Compressed);
        Assert.Equal("{\"id\":\"a\"}\n", text);
        Assert.Equal(file.Length, file.BytesRead);
    }

    [Fact]
    public void Open_ZstdWithAWindowPastTheDecoderDefault_IsDecodedWhateverItsName()
    {
        var path = Path.Combine(_folder, "dump.ndjson");
        var content = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"id\":\"p{i}\"}}\n"));
        Compress(path, content, windowLog: 30);

        using var file = ImportFile.Open(path);
        var text = new StreamReader(file.Content).ReadToEnd();

        Assert.True(file.Compressed);
        Assert.Equal(content, text);
        Assert.Equal(new FileInfo(path).Length, file.BytesRead);
    }

    [Fact]
    public void Open_ZstdWithALargeWindow_FailsWithTheDefaultDecoderSoTheSettingMatters()
    {
        var path = Path.Combine(_folder, "dump.zst");
        Compress(path, "{\"id\":\"a\"}\n", windowLog: 30);

        using var stream = File.OpenRead(path);
        using var defaultDecoder = new DecompressionStream(stream);

        Assert.Throws<ZstdException>(() => new StreamReader(defaultDecoder).ReadToEnd());
    }

    private static void Compress(string path, string content, int windowLog)
    {
        using var output = File.Create(path);
        using var compressor = new Compressor(3);
        compressor.SetParameter(ZSTD_cParameter.ZSTD_c_windowLog, windowLog);
        compressor.SetParameter(ZSTD_cParameter.ZSTD_c_enableLongDistanceMatching, 1);
        using var zstd = new CompressionStream(output, compressor, preserveCompressor: true, leaveOpen: true);
        zstd.Write(Encoding.UTF8.GetBytes(content));
    }
}
