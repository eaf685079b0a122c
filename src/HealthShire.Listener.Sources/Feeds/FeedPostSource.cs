using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Reads each configured blog feed, one batch per feed. A feed that fails or is malformed is logged and skipped; an
/// unchanged one (304) gives an empty batch that keeps its checkpoint. Feeds have no reply counts to refresh.
/// </summary>
internal sealed class FeedPostSource(
    FeedClient client,
    IAuthorPseudonymizer pseudonymizer,
    IOptions<FeedsOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPostSource> logger) : IPostSource
{
    public string Name => FeedEntryMapper.SourceName;

    public TimeSpan RefreshMaxAge => TimeSpan.Zero;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The next feed is fetched and parsed while this one is mapped and stored.
        var feeds = options.Value.Feeds;
        var next = feeds.Count > 0 ? FetchAsync(feeds[0], checkpoints, cancellationToken) : null;
        try
        {
            for (var i = 0; next is not null; i++)
            {
                var (feed, url, result) = await next.ConfigureAwait(false);
                next = i + 1 < feeds.Count ? FetchAsync(feeds[i + 1], checkpoints, cancellationToken) : null;
                if (result.NotModified)
                {
                    FeedsLog.FeedUnchanged(logger, feed.Name);
                    // Unchanged is a clean pass: the stored validators are kept, stored again as checked now.
                    IReadOnlyList<Checkpoint> kept = checkpoints.TryGetValue(FeedValidators.KeyFor(feed), out var stored)
                        ? [stored with { UpdatedAt = timeProvider.GetUtcNow() }]
                        : [];
                    yield return new SourceBatch(feed.Name, [], kept);
                }
                else if (result is not { Feed: { } parsed, Validators: { } validators })
                {
                    FeedsLog.FeedFailed(logger, feed.Name, result.FailureReason ?? "the request failed");
                }
                else
                {
                    var readAt = timeProvider.GetUtcNow();
                    var posts = Map(feed, url, parsed, readAt);
                    yield return new SourceBatch(feed.Name, posts, [new Checkpoint(Name, FeedValidators.KeyFor(feed), validators.ToString(), readAt)]);
                }
            }
        }
        finally
        {
            // A pass stopped early still waits for the fetch in flight, so no request outlives it.
            if (next is not null)
            {
                await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                    .ConfigureAwait(false);
            }
        }
    }

    public Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostUpdate>>([]);

    private async Task<(FeedOptions Feed, Uri Url, FeedFetchResult Result)> FetchAsync(
        FeedOptions feed,
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        CancellationToken cancellationToken)
    {
        var stored = checkpoints.TryGetValue(FeedValidators.KeyFor(feed), out var checkpoint) ? FeedValidators.TryParse(checkpoint.Value) : null;
        var url = new Uri(feed.Url);
        return (feed, url, await client.FetchAsync(url, stored, cancellationToken).ConfigureAwait(false));
    }

    private List<Post> Map(FeedOptions feed, Uri url, System.ServiceModel.Syndication.SyndicationFeed parsed, DateTimeOffset readAt)
    {
        var posts = new List<Post>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (skipped, duplicates) = (0, 0);
        foreach (var item in parsed.Items)
        {
            if (!FeedEntryMapper.TryMap(item, feed, url, readAt, pseudonymizer, out var post, out var reason))
            {
                FeedsLog.EntrySkipped(logger, feed.Name, reason);
                skipped++;
            }
            else if (seen.Add(post.SourceId))
            {
                posts.Add(post);
            }
            else
            {
                duplicates++;
            }
        }

        FeedsLog.FeedRead(logger, feed.Name, posts.Count, skipped, duplicates);
        return posts;
    }
}
