using System.Globalization;
using System.Net;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;

namespace HealthShire.Listener.Sources.X;

/// <summary>Turns API tweets into <see cref="Post"/>s; the author id is only ever kept as a pseudonym.</summary>
internal static class XTweetMapper
{
    public const string SourceName = "x";

    public static string Permalink(string id) => $"https://x.com/i/web/status/{id}";

    /// <summary>The post, or null with the reason the tweet cannot be used.</summary>
    public static Post? Map(XTweet tweet, string community, IAuthorPseudonymizer pseudonymizer, out string skipReason)
    {
        skipReason = "";
        if (!XTweetIds.IsValid(tweet.Id))
        {
            skipReason = "missing or non-numeric id";
            return null;
        }

        if (tweet.Text is null)
        {
            skipReason = $"tweet {tweet.Id} has no text";
            return null;
        }

        if (!DateTimeOffset.TryParse(
                tweet.CreatedAt,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var createdAt))
        {
            skipReason = $"tweet {tweet.Id} has no valid created_at";
            return null;
        }

        return new Post(
            SourceName,
            tweet.Id,
            community,
            Title: "",
            Body: WebUtility.HtmlDecode(tweet.Text),
            pseudonymizer.Pseudonymize(SourceName, tweet.AuthorId),
            Permalink(tweet.Id),
            createdAt,
            Score: tweet.PublicMetrics?.LikeCount ?? 0,
            ReplyCount: tweet.PublicMetrics?.ReplyCount ?? 0,
            PostFlags.None);
    }

    /// <summary>The refreshed counts of the tweets found and a deleted flag for those X reports not found.</summary>
    public static IEnumerable<PostUpdate> MapLookup(XTweetsResponse response)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tweet in response.Data ?? [])
        {
            if (XTweetIds.IsValid(tweet.Id) && found.Add(tweet.Id))
            {
                yield return new PostUpdate(
                    tweet.Id, tweet.PublicMetrics?.LikeCount ?? 0, tweet.PublicMetrics?.ReplyCount ?? 0, PostFlags.None);
            }
        }

        foreach (var error in response.Errors ?? [])
        {
            var id = error.ResourceId ?? error.Value;
            if (error.IsNotFound && XTweetIds.IsValid(id) && found.Add(id))
            {
                yield return new PostUpdate(id, 0, 0, PostFlags.Deleted);
            }
        }
    }
}
