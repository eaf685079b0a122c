using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.IntegrationTests.Sources;

/// <summary>Runs one source pass to the end, as the pipeline does, from checkpoints a test passes in.</summary>
internal static class SourceFetch
{
    public static async Task<List<SourceBatch>> AllAsync(IPostSource source, IEnumerable<Checkpoint> checkpoints)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in source.FetchAsync(checkpoints.ToDictionary(c => c.Key), TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }
}
