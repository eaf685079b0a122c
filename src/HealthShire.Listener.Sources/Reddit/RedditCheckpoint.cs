using System.Globalization;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>
/// The resume token of one subreddit: the newest post read and its creation time. The time keeps the
/// stop condition working when that post is deleted and no longer appears in the listing.
/// </summary>
internal readonly record struct RedditCheckpoint(string Fullname, long CreatedUtc)
{
    private const char Separator = '@';

    /// <summary>The checkpoint key of a subreddit: its configured name, lower case.</summary>
    public static string KeyFor(string subreddit) => subreddit.ToLowerInvariant();

    public static RedditCheckpoint? TryParse(string? value)
    {
        var at = value?.LastIndexOf(Separator) ?? -1;
        if (value is null || at <= 0
            || !long.TryParse(value.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var created))
        {
            return null;
        }

        return new RedditCheckpoint(value[..at], created);
    }

    public static RedditCheckpoint For(RedditLink link) =>
        new(link.Name ?? "t3_" + link.Id, (long)Math.Floor(link.CreatedUtc ?? 0));

    /// <summary>True when the post was already read by the pass that wrote this checkpoint.</summary>
    public bool Covers(RedditLink link) =>
        string.Equals(link.Name ?? "t3_" + link.Id, Fullname, StringComparison.Ordinal)
        || (link.CreatedUtc is { } created && created < CreatedUtc);

    public override string ToString() =>
        Fullname + Separator + CreatedUtc.ToString(CultureInfo.InvariantCulture);
}
