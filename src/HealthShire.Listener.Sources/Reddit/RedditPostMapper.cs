using System.Diagnostics.CodeAnalysis;
using System.Net;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Links;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Turns a t3 into the Core shapes. Text is treated as hostile: decoded, never interpreted.</summary>
internal static class RedditPostMapper
{
    public const string SourceName = "reddit";
    private static readonly Uri WebBaseUrl = new("https://www.reddit.com");
    private const string Deleted = "[deleted]";
    private const string Removed = "[removed]";

    public static bool TryMap(
        RedditLink link,
        string fallbackCommunity,
        IAuthorPseudonymizer pseudonymizer,
        [NotNullWhen(true)] out Post? post,
        [NotNullWhen(false)] out string? skipReason)
    {
        post = null;
        skipReason = null;
        if (string.IsNullOrWhiteSpace(link.Id))
        {
            skipReason = "it has no id";
            return false;
        }

        if (link.CreatedUtc is not { } created || !double.IsFinite(created) || created < 0)
        {
            skipReason = "it has no valid created_utc";
            return false;
        }

        var id = link.Id;
        var flags = FlagsOf(link);
        var community = string.IsNullOrEmpty(link.Subreddit) ? fallbackCommunity : link.Subreddit;
        var permalink = string.IsNullOrEmpty(link.Permalink) ? $"/r/{community}/comments/{id}/" : link.Permalink;
        var hidden = (flags & (PostFlags.Deleted | PostFlags.Removed)) != 0;
        post = new Post(
            SourceName,
            id,
            community,
            WebUtility.HtmlDecode(link.Title ?? ""),
            hidden ? "" : WebUtility.HtmlDecode(link.Selftext ?? ""),
            link.Author == Deleted ? null : pseudonymizer.Pseudonymize(SourceName, link.Author),
            PostLinks.FromPath(WebBaseUrl, permalink),
            DateTimeOffset.FromUnixTimeMilliseconds((long)(created * 1000)),
            link.Score ?? 0,
            link.NumComments ?? 0,
            flags);
        return true;
    }

    public static PostUpdate ToUpdate(string sourceId, RedditLink link) =>
        new(sourceId, link.Score ?? 0, link.NumComments ?? 0, FlagsOf(link));

    private static PostFlags FlagsOf(RedditLink link)
    {
        var flags = PostFlags.None;
        if (link.Author == Deleted || link.Selftext == Deleted)
        {
            flags |= PostFlags.Deleted;
        }

        if (link.Selftext == Removed || !string.IsNullOrEmpty(link.RemovedByCategory))
        {
            flags |= PostFlags.Removed;
        }

        if (link.Over18 == true)
        {
            flags |= PostFlags.Over18;
        }

        return flags;
    }
}
