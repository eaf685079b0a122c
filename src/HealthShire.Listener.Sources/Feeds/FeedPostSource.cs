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
        foreach (var feed in options.Value.Feeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = FeedValidators.KeyFor(feed);
            var stored = checkpoints.TryGetValue(key, out var checkpoint) ? FeedValidators.TryParse(checkpoint.Value) : null;
            var url = new Uri(feed.Url);
            var result = await client.FetchAsync(url, stored, cancellationToken).ConfigureAwait(false);
            if (result.NotModified)
            {
                FeedsLog.FeedUnchanged(logger, feed.Name);
                yield return new SourceBatch(feed.Name, [], []);
                continue;
            }

            if (result is not { Feed: { } parsed, Validators: { } validators })
            {
                FeedsLog.FeedFailed(logger, feed.Name, result.FailureReason ?? "the request failed");
                continue;
            }

            var readAt = timeProvider.GetUtcNow();
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
            yield return new SourceBatch(feed.Name, posts, [new Checkpoint(Name, key, validators.ToString(), readAt)]);
        }
    }

    public Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostUpdate>>([]);
}
