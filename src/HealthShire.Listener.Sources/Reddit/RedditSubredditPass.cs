using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// Pages one subreddit's <c>/new</c> listing, newest first, until it reaches the stored checkpoint,
/// the post limit or the end of the listing.
/// </summary>
internal sealed class RedditSubredditPass(
    RedditClient client,
    IAuthorPseudonymizer pseudonymizer,
    ILogger logger,
    string subreddit,
    RedditCheckpoint? stored,
    int limit)
{
    private const int MaxPerRequest = 100;
    private readonly List<Post> _posts = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private RedditCheckpoint? _newest;

    public async Task<RedditPassResult> RunAsync(CancellationToken cancellationToken)
    {
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            var result = await client.GetNewAsync(subreddit, after, Math.Min(MaxPerRequest, limit - _posts.Count), cancellationToken)
                .ConfigureAwait(false);
            if (result.IsUnavailable)
            {
                RedditLog.SubredditUnavailable(logger, subreddit, result.UnavailableStatus.Value);
                return new RedditPassResult([], null, Unavailable: true);
            }

            if (!result.IsSuccess)
            {
                RedditLog.SubredditFailed(logger, subreddit, _posts.Count, result.FailureReason ?? "the request failed");
                return new RedditPassResult(_posts, null, Unavailable: false);
            }

            var children = result.Listing.Children ?? [];
            var stop = Take(children)
                ?? (children.Count == 0 || result.Listing.After is null ? "the listing ended" : null);
            if (stop is not null)
            {
                RedditLog.SubredditRead(logger, subreddit, _posts.Count, pages, stop);
                // A clean pass that found nothing new keeps the stored checkpoint: it is re-stored as read just now.
                return new RedditPassResult(_posts, _newest ?? stored, Unavailable: false);
            }

            after = result.Listing.After;
        }
    }

    /// <summary>Adds a page's new posts; returns why to stop, or null to read the next page.</summary>
    private string? Take(IReadOnlyList<RedditChild> children)
    {
        foreach (var child in children)
        {
            if (child is not { Kind: "t3", Data: { } link })
            {
                RedditLog.PostSkipped(logger, subreddit, null, child.Kind == "t3" ? "it has no data" : $"it is a '{child.Kind}', not a post");
                continue;
            }

            if (stored is { } checkpoint && checkpoint.Covers(link))
            {
                return "it reached the posts read before";
            }

            if (!RedditPostMapper.TryMap(link, subreddit, pseudonymizer, out var post, out var skipReason))
            {
                RedditLog.PostSkipped(logger, subreddit, link.Id, skipReason);
                continue;
            }

            _newest ??= RedditCheckpoint.For(link);
            if (_seen.Add(post.SourceId))
            {
                _posts.Add(post);
            }

            if (_posts.Count >= limit)
            {
                if (stored is not null)
                {
                    RedditLog.SubredditGap(logger, subreddit, limit);
                }

                return $"it reached the limit of {limit} posts";
            }
        }

        return null;
    }
}
