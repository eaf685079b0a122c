using System.Diagnostics;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Bench.Queries;

/// <summary>
/// Loads <c>/api/trends</c> over loopback with concurrent clients cycling through many distinct
/// queries, while a collection pass lands halfway through: every kept answer has to be read again
/// after it, as on a live dashboard.
/// </summary>
internal static class QueryBenchmarkLoad
{
    public static async Task<QueryBenchmarkLoadResult> RunAsync(
        Uri baseAddress,
        string apiKey,
        IReadOnlyList<Uri> urls,
        Func<CancellationToken, Task> collectionPass,
        QueryBenchmarkSettings settings,
        CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        long ok = 0, errors = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(settings.LoadDuration);
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, settings.Concurrency).Select(async n =>
        {
            // Each client starts at its own place in the list so that the clients ask different things at once.
            for (var i = n * urls.Count / settings.Concurrency; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await client.GetAsync(urls[i % urls.Count], HttpCompletionOption.ResponseContentRead, stop.Token);
                    Interlocked.Increment(ref response.IsSuccessStatusCode ? ref ok : ref errors);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        var pass = PassHalfwayAsync(collectionPass, settings.LoadDuration / 2, stop.Token);
        await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        return new QueryBenchmarkLoadResult(ok, errors, elapsed, await pass);
    }

    private static async Task<bool> PassHalfwayAsync(Func<CancellationToken, Task> collectionPass, TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
            await collectionPass(ct);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>One collection pass: a batch of new posts of the last hour, stored like a real one.</summary>
    public static Func<CancellationToken, Task> CollectionPass(IPostStore store, DateTimeOffset now, int posts) =>
        async ct =>
        {
            foreach (var batch in SyntheticPosts.Batches(posts, posts, now, seed: 4242))
            {
                List<ClassifiedPost> fresh =
                [
                    .. batch.Select((p, i) => p with { Post = p.Post with { SourceId = "pass-" + p.Post.SourceId, CreatedAt = now - TimeSpan.FromSeconds(i) } }),
                ];
                await store.SaveBatchAsync(fresh, [], ct);
            }
        };
}
