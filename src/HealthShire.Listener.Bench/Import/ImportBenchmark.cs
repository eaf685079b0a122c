using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Bench.Ingest;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Import;
using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Bench.Import;

/// <summary>
/// <c>import</c>: a generated <c>.zst</c> submissions dump through the real import (decode, parse, classify, store in
/// a temporary SQLite file), end to end, against the classifier's own throughput on the same texts, and the peak memory.
/// </summary>
internal sealed class ImportBenchmark : IBenchmark
{
    private const int DistinctTexts = 20_000;
    private const int ClassifyRounds = 3;
    private const int MaxClassifyPostsPerRound = 100_000;

    private readonly Option<int> _posts = BenchOptions.Count("--import-posts", "Submissions in the generated dump of the import benchmark.", 1_000_000, 1_000, 10_000_000);

    public string Name => "import";

    public IReadOnlyList<Option> Options => [_posts];

    public bool RunsOnPostgres => false;

    public async Task RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var (count, output) = (run.ParseResult.GetValue(_posts), run.Output);
        var folder = Directory.CreateTempSubdirectory("listener-bench-import-");
        try
        {
            // Generated text, as the other benchmarks' generators make: the same for the dump and the classifier alone.
            var texts = await BenchTexts.LoadAsync(null, DistinctTexts, cancellationToken);
            var dump = Path.Combine(folder.FullName, "RS_synthetic.zst");
            var generating = Stopwatch.StartNew();
            var decoded = SyntheticDump.Write(dump, count, texts, DateTimeOffset.UtcNow, cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import: generated {count:N0} submissions ({texts.Count:N0} distinct generated texts), {new FileInfo(dump).Length / 1048576.0:N0} MB .zst ({decoded / 1048576.0:N0} MB decoded) in {generating.Elapsed.TotalSeconds:0.0} s"));

            using var app = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(Settings(folder.FullName)));
            await app.Services.GetRequiredService<IPostStore>().MigrateAsync(cancellationToken);
            // Rounds of a fifth of the dump (5,000 to 100,000 posts): long enough to mean something, short beside the import.
            var perRound = Math.Clamp(count / 5, 5_000, MaxClassifyPostsPerRound);
            var (classifierRate, classifierCpuRate) = ClassifyAlone(app.Services.GetRequiredService<IPostClassifier>(), texts, perRound, cancellationToken);

            var readRate = ReadAlone(dump, app.Services.GetRequiredService<IAuthorPseudonymizer>(), cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"import read alone (decode, split, parse, map; one thread): {readRate:N0} posts/s; classify alone: {classifierRate:N0} posts/s"));

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var reset = PeakWorkingSet.TryReset();
            using (var process = Process.GetCurrentProcess())
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"import: model {app.Services.GetRequiredService<IPostClassifier>().ModelVersion} loaded; {process.WorkingSet64 / 1048576.0:0} MB working set before importing"));
            }

            var counts = new ImportCounts(new FileInfo(dump).Length);
            var request = new ImportRequest(
                ImportReaders.Reddit,
                [dump],
                ImportReaders.ForReddit(app.Services.GetRequiredService<IAuthorPseudonymizer>()),
                new ImportFilter(app.Services.GetRequiredService<ListenerCalendar>(), null, null, []));
            var cpuBefore = CpuSeconds();
            var clock = Stopwatch.StartNew();
            var outcome = await app.Services.GetRequiredService<PostImporter>()
                .RunAsync(request, counts, new ImportConsole(TextWriter.Null), cancellationToken);
            clock.Stop();
            var cpuRate = counts.Read / (CpuSeconds() - cpuBefore);
            var peak = PeakWorkingSet.Megabytes();
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import memory: managed heap {gc.HeapSizeBytes / 1048576.0:0} MB ({gc.TotalCommittedBytes / 1048576.0:0} MB committed) after the last collection; {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated in all"));

            var rate = counts.Read / clock.Elapsed.TotalSeconds;
            var share = rate / classifierRate;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import end to end: {counts.Read:N0} read, {counts.Stored:N0} stored, {counts.Gone:N0} deleted or removed, {counts.Malformed:N0} malformed in {clock.Elapsed.TotalSeconds:0.0} s = {rate:N0} posts/s{(outcome.FailedFiles.Count > 0 ? " (FAILED: " + string.Join("; ", outcome.FailedFiles) + ")" : string.Empty)}"));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import stages (busy time, overlapping): tagging {counts.Tagging.TotalSeconds:0.0} s, storing {counts.Storing.TotalSeconds:0.0} s of {clock.Elapsed.TotalSeconds:0.0} s"));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import classify alone on the same texts: {classifierRate:N0} posts/s; end to end is {share:P0} of it (target ≥ 90 %) {(share >= 0.9 ? "met" : "NOT met")}"));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import per processor-second: end to end {cpuRate:N0} posts, classify alone {classifierCpuRate:N0} posts: {cpuRate / classifierCpuRate:P0} (the same ratio without the neighbours' load)"));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import peak memory: {peak:0} MB working set {(reset ? "during the import" : "of the whole process")} (target < 250 MB) {(peak < 250 ? "met" : "NOT met")}"));

            // After the import, so that its page cache is not in the import's peak.
            var storeRate = await StoreAloneAsync(folder.FullName, dump, perRound, app.Services, cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"import store alone ({perRound:N0} tagged posts, a store of its own): {storeRate.Wall:N0} posts/s, {storeRate.Cpu:N0} per processor-second"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The classifier's own posts per second over the same texts in import-sized batches: the median of a few rounds.</summary>
    private static (double Wall, double Cpu) ClassifyAlone(IPostClassifier classifier, IReadOnlyList<PostText> texts, int postsPerRound, CancellationToken cancellationToken)
    {
        var batches = texts.Chunk(PostImporter.BatchSize).ToList();
        foreach (var batch in batches.Take(4))
        {
            classifier.Classify(batch);
        }

        var rates = new List<(double Wall, double Cpu)>(ClassifyRounds);
        for (var round = 0; round < ClassifyRounds; round++)
        {
            var cpu = CpuSeconds();
            var clock = Stopwatch.StartNew();
            var classified = 0;
            while (classified < postsPerRound)
            {
                foreach (var batch in batches.Take((postsPerRound - classified + PostImporter.BatchSize - 1) / PostImporter.BatchSize))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    classifier.Classify(batch);
                    classified += batch.Length;
                }
            }

            rates.Add((classified / clock.Elapsed.TotalSeconds, classified / (CpuSeconds() - cpu)));
        }

        rates.Sort();
        return rates[ClassifyRounds / 2];
    }

    /// <summary>
    /// The process's processor time: on a machine whose cores other work shares, posts per processor-second compare the
    /// import with the classifier where wall-clock rates swing with the neighbours' load.
    /// </summary>
    internal static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static async Task<(double Wall, double Cpu)> StoreAloneAsync(string folder, string dump, int posts, IServiceProvider services, CancellationToken cancellationToken)
    {
        using var storeHost = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(Settings(Path.Combine(folder, "store-alone"))));
        var store = storeHost.Services.GetRequiredService<IPostStore>();
        await store.MigrateAsync(cancellationToken);
        return await ImportStoreAlone.RunAsync(
            dump, posts, services.GetRequiredService<IPostClassifier>(), services.GetRequiredService<IAuthorPseudonymizer>(), store, PostImporter.TransactionPosts, cancellationToken);
    }

    /// <summary>Decoding and parsing alone, without tagging or storing: what the reading thread costs.</summary>
    private static double ReadAlone(string dump, IAuthorPseudonymizer pseudonymizer, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var file = ImportFile.Open(dump);
        var items = 0L;
        foreach (var item in ImportReaders.ForReddit(pseudonymizer)(file.Content, dump))
        {
            if (++items % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return items / clock.Elapsed.TotalSeconds;
    }

    private static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "import.db")}",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "import-.log"),
    };
}
