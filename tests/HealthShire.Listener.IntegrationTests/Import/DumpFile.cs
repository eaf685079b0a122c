using System.Text;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using ZstdSharp;
using ZstdSharp.Unsafe;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary>Writes small archive-shaped files for the import tests: NDJSON lines, plain or zstd-compressed here.</summary>
internal static class DumpFile
{
    public static string[] Lines(IEnumerable<FakeRedditPost> posts) => [.. posts.Select(FakeRedditJson.Submission)];

    public static async Task<string> WritePlainAsync(string path, IEnumerable<string> lines)
    {
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", TestContext.Current.CancellationToken);
        return path;
    }

    /// <summary>Compresses as <c>zstd --long=<paramref name="windowLog"/></c> does: a window of 2^windowLog bytes, long-distance matching on.</summary>
    public static async Task<string> WriteZstdAsync(string path, IEnumerable<string> lines, int windowLog = 0)
    {
        await using var file = File.Create(path);
        using var compressor = new Compressor(level: 3);
        if (windowLog > 0)
        {
            compressor.SetParameter(ZSTD_cParameter.ZSTD_c_windowLog, windowLog);
            compressor.SetParameter(ZSTD_cParameter.ZSTD_c_enableLongDistanceMatching, 1);
        }

        await using (var zstd = new CompressionStream(file, compressor, preserveCompressor: true, leaveOpen: true))
        {
            foreach (var line in lines)
            {
                await zstd.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), TestContext.Current.CancellationToken);
            }
        }

        return path;
    }
}
