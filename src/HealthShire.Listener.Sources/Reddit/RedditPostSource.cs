using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Collects the newest posts of the configured subreddits and re-reads recent ones.</summary>
internal sealed class RedditPostSource(
    RedditClient client,
    IAuthorPseudonymizer pseudonymizer,
    IOptions<RedditOptions> options,
    TimeProvider timeProvider,
    ILogger<RedditPostSource> logger) : IPostSource
{
    private const int MaxPerRequest = 100;
    private const string FullnamePrefix = "t3_";

    public string Name => RedditPostMapper.SourceName;

    public TimeSpan RefreshMaxAge => options.Value.RefreshMaxAge;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var subreddit in options.Value.Subreddits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = RedditCheckpoint.KeyFor(subreddit);
            var stored = checkpoints.TryGetValue(key, out var checkpoint) ? RedditCheckpoint.TryParse(checkpoint.Value) : null;
            var pass = new RedditSubredditPass(client, pseudonymizer, logger, subreddit, stored, options.Value.BackfillPosts);
            var result = await pass.RunAsync(cancellationToken).ConfigureAwait(false);
            if (result.Unavailable)
            {
                continue;
            }

            IReadOnlyList<Checkpoint> advanced = result.Newest is { } newest
                ? [new Checkpoint(Name, key, newest.ToString(), timeProvider.GetUtcNow())]
                : [];
            yield return new SourceBatch(subreddit, result.Posts, advanced);
        }
    }

    public async Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        var updates = new List<PostUpdate>(sourceIds.Count);
        foreach (var chunk in sourceIds.Distinct(StringComparer.Ordinal).Chunk(MaxPerRequest))
        {
            var result = await client.GetInfoAsync([.. chunk.Select(ToFullname)], cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                RedditLog.RefreshChunkFailed(logger, chunk.Length, result.FailureReason ?? $"the answer was {result.UnavailableStatus}");
                continue;
            }

            var returned = new Dictionary<string, RedditLink>(StringComparer.Ordinal);
            foreach (var link in result.Listing.Children ?? [])
            {
                if (link is { Kind: "t3", Data: { Id: { Length: > 0 } id } data })
                {
                    returned[id] = data;
                }
            }

            foreach (var sourceId in chunk)
            {
                var bareId = sourceId.StartsWith(FullnamePrefix, StringComparison.Ordinal) ? sourceId[FullnamePrefix.Length..] : sourceId;
                updates.Add(returned.TryGetValue(bareId, out var link)
                    ? RedditPostMapper.ToUpdate(sourceId, link)
                    : new PostUpdate(sourceId, 0, 0, PostFlags.Deleted));
            }
        }

        return updates;
    }

    private static string ToFullname(string sourceId) =>
        sourceId.StartsWith(FullnamePrefix, StringComparison.Ordinal) ? sourceId : FullnamePrefix + sourceId;
}
