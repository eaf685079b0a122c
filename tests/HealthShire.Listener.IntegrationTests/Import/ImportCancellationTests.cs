using System.Diagnostics;
using System.Text;
using HealthShire.Listener.IntegrationTests.Collection;
using Microsoft.Data.Sqlite;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary>Ctrl+C during an import keeps what was stored, and running the import again finishes it without double counts.</summary>
public sealed class ImportCancellationTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_CancelledHalfway_KeepsTheStoredPostsAndARerunFinishes()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var lines = DumpFile.Lines(ImportPosts.Range("c", 5000, DateTimeOffset.UtcNow.AddDays(-30)));
        // A pipe, so the test decides how much of the "file" exists when Ctrl+C comes.
        var pipe = Path.Combine(h.Cli.Directory, "dump.ndjson");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var import = h.Cli.RunAsync(stop.Token, "import", "--source", "reddit", pipe);
        await using (var writer = new StreamWriter(new FileStream(pipe, FileMode.Open, FileAccess.Write), new UTF8Encoding(false)))
        {
            foreach (var line in lines.Take(2500))
            {
                await writer.WriteLineAsync(line);
            }

            await writer.FlushAsync(TestContext.Current.CancellationToken);
            await WaitForStoredAsync(h.Cli.DatabasePath, atLeast: 2000);
            await stop.CancelAsync();
            // The reader wakes on the next line and sees the stop before reading on.
            await writer.WriteLineAsync(lines[2500]);
        }

        var interrupted = await import;

        Assert.Equal(0, interrupted.ExitCode);
        Assert.Contains("Stopped early", interrupted.Output, StringComparison.Ordinal);
        var kept = (await h.StoredCountsAsync())["ADHD"];
        Assert.InRange(kept, 2500, 2501);

        File.Delete(pipe);
        var whole = await DumpFile.WriteZstdAsync(Path.Combine(h.Cli.Directory, "dump.zst"), lines);
        var rerun = await h.Cli.RunAsync("import", "--source", "reddit", whole);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"5000 stored ({5000 - kept} new, {kept} updated)", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(5000, (await h.StoredCountsAsync())["ADHD"]);
    }

    private static async Task WaitForStoredAsync(string databasePath, int atLeast)
    {
        var waited = Stopwatch.StartNew();
        while (await CountAsync(databasePath) < atLeast)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), $"fewer than {atLeast} posts were stored in time");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<long> CountAsync(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM posts";
        try
        {
            return (long)(await command.ExecuteScalarAsync() ?? 0L);
        }
        catch (SqliteException)
        {
            // The schema is not there yet.
            return 0;
        }
    }
}
