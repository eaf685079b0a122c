using System.Net;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.X;

/// <summary>Pages one query newest-first from its since_id with next_token, within a read allowance.</summary>
internal sealed class XQueryPager(XClient client, IAuthorPseudonymizer pseudonymizer, ILogger logger)
{
    private const int MinResults = 10;
    private const int MaxResults = 100;

    public async Task<XSearchPass> RunAsync(
        XQuery query, string? sinceId, int allowance, int backfillPosts, CancellationToken cancellationToken)
    {
        var posts = new List<Post>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? newestId = null;
        string? nextToken = null;
        var reads = 0;
        while (true)
        {
            // Without a since_id there is no end but the 7-day window: the backfill bound protects the budget.
            var limit = sinceId is null ? Math.Min(allowance, backfillPosts) : allowance;
            var maxResults = Math.Clamp(limit - reads, MinResults, MaxResults);
            var result = await client.SearchRecentAsync(query.Text, sinceId, nextToken, maxResults, cancellationToken);
            if (result.Response is not { } page)
            {
                if (IsStaleSinceId(result, sinceId, nextToken))
                {
                    XLog.SinceIdRejected(logger, query.Name, sinceId ?? "", result.Reason);
                    sinceId = null;
                    continue;
                }

                return new XSearchPass(posts, null, reads, result.Outcome, result.Reason);
            }

            var tweets = page.Data ?? [];
            reads += tweets.Count;
            foreach (var tweet in tweets)
            {
                newestId = XTweetIds.Newest(newestId, tweet.Id);
                if (XTweetMapper.Map(tweet, query.Name, pseudonymizer, out var skipReason) is not { } post)
                {
                    XLog.TweetSkipped(logger, query.Name, skipReason);
                }
                else if (seen.Add(post.SourceId))
                {
                    posts.Add(post);
                }
            }

            newestId = XTweetIds.Newest(newestId, page.Meta?.NewestId);
            nextToken = page.Meta?.NextToken;
            if (string.IsNullOrEmpty(nextToken) || (sinceId is null && reads >= limit))
            {
                return new XSearchPass(posts, newestId, reads, XCallOutcome.Ok, "");
            }

            if (reads >= limit)
            {
                return new XSearchPass(posts, null, reads, XCallOutcome.Failed, "the monthly read budget is spent");
            }
        }
    }

    /// <summary>X rejects a since_id older than the 7-day search window with a 400 that names it.</summary>
    private static bool IsStaleSinceId(XCallResult result, string? sinceId, string? nextToken) =>
        result.Status == HttpStatusCode.BadRequest
        && sinceId is not null
        && nextToken is null
        && result.Reason.Contains("since_id", StringComparison.OrdinalIgnoreCase);
}
