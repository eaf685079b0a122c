using System.Text.RegularExpressions;
using HealthShire.Listener.IntegrationTests.Hosting;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Commands;

/// <summary>
/// The bench program's ingest benchmark end to end on a small load: its loopback source server starts in a child process, both sources
/// are collected and stored, and the figures are printed. Speed and memory are read from its output by people, not asserted.
/// </summary>
public sealed partial class BenchCommandTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task BenchIngest_SmallLoad_StoresEveryPostOfBothSourcesAndPrintsThroughputAndPeakMemory()
    {
        var texts = Path.Combine(RepositoryPaths.Root, "models", "authored-training.csv");

        var result = await _cli.RunBenchAsync("--only", "ingest", "--posts", "300", "--data", texts);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(StoredLine("reddit"), result.Output);
        Assert.Matches(StoredLine("x"), result.Output);
        Assert.Matches(PeakMemoryLine(), result.Output);
        Assert.DoesNotContain("classify:", result.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task BenchImport_SmallDump_ImportsItAndPrintsTheRatioToTheClassifierAndPeakMemory()
    {
        var result = await _cli.RunBenchAsync("--only", "import", "--import-posts", "2000");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"import end to end: 2,000 read, 1,9\d\d stored, \d+ deleted or removed, 0 malformed in [\d.]+ s = [\d,]+ posts/s", result.Output);
        Assert.Matches(@"import classify alone on the same texts: [\d,]+ posts/s; end to end is \d+ % of it", result.Output);
        Assert.Matches(@"import peak memory: \d+ MB working set", result.Output);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Bench_PostsOutOfRange_PrintsTheRuleAndFails()
    {
        var result = await _cli.RunBenchAsync("--only", "ingest", "--posts", "5");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--posts must be between 100 and 1000000.", result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task BenchIngest_OnPostgres_StoresBothSourcesThereAndRefusesADatabaseThatIsNotEmpty()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var texts = Path.Combine(RepositoryPaths.Root, "models", "authored-training.csv");

        var first = await _cli.RunBenchAsync("--only", "ingest", "--posts", "300", "--data", texts, "--postgres", database.ConnectionString);
        var again = await _cli.RunBenchAsync("--only", "ingest", "--posts", "300", "--data", texts, "--postgres", database.ConnectionString);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("PostgreSQL store", first.Output, StringComparison.Ordinal);
        Assert.Matches(StoredLine("reddit"), first.Output);
        Assert.Matches(StoredLine("x"), first.Output);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("needs an empty database", again.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Bench_PostgresWithoutOnly_IsRefusedBeforeAnythingRuns()
    {
        var result = await _cli.RunBenchAsync("--postgres", "Host=127.0.0.1;Database=listener");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--postgres needs --only ingest or --only queries", result.Error, StringComparison.Ordinal);
    }

    private static Regex StoredLine(string source) =>
        new($@"ingest {source} *: +300 posts stored in +\d+\.\d\d s = +\d+ posts/s", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"ingest peak memory: \d+ MB working set", RegexOptions.CultureInvariant)]
    private static partial Regex PeakMemoryLine();
}
