using System.Diagnostics;
using System.Globalization;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Import;
using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Bench.Import;

/// <summary>
/// The store's share of an import alone: the dump's first posts tagged once, then written again and again under new ids
/// in the import's transactions through the store's bulk writer into a store of its own, so the figure is the store's and not the classifier's.
/// </summary>
internal static class ImportStoreAlone
{
    private const int TaggedSample = 4_000;

    /// <summary>Posts per second written by <paramref name="store"/>; the posts keep the dump's spread of times.</summary>
    public static async Task<(double Wall, double Cpu)> RunAsync(
        string dump, int posts, IPostClassifier classifier, IAuthorPseudonymizer pseudonymizer, IPostStore store, int batchSize, CancellationToken cancellationToken)
    {
        using var file = ImportFile.Open(dump);
        var sample = ImportReaders.ForReddit(pseudonymizer)(file.Content, dump)
            .Where(item => item.Post is not null)
            .Select(item => item.Post!)
            .Take(TaggedSample)
            .ToList();
        var tagged = PostTagging.Tag(classifier, sample);
        await using var writer = await store.OpenBulkWriterAsync(cancellationToken);
        var cpu = ImportBenchmark.CpuSeconds();
        var clock = Stopwatch.StartNew();
        var batch = new List<ClassifiedPost>(batchSize);
        for (var i = 0; i < posts; i++)
        {
            var post = tagged[i % tagged.Length];
            batch.Add(post with { Post = post.Post with { SourceId = "s" + i.ToString("x", CultureInfo.InvariantCulture) } });
            if (batch.Count == batchSize || i == posts - 1)
            {
                await writer.WriteAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        return (posts / clock.Elapsed.TotalSeconds, posts / (ImportBenchmark.CpuSeconds() - cpu));
    }
}
