using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Links;
using HealthShire.Listener.Sources.Text;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Turns a status into the Core shapes. The HTML content is hostile: it becomes plain text and is never rendered. A
/// reblog stands for the status it boosts (hashtag timelines rarely carry them), so both map to one post.
/// </summary>
internal static class MastodonStatusMapper
{
    public const string SourceName = "mastodon";
    private const int MaxUriLength = 2048;

    public static bool TryMap(
        MastodonStatus status,
        Uri instance,
        string tag,
        IAuthorPseudonymizer pseudonymizer,
        [NotNullWhen(true)] out Post? post,
        [NotNullWhen(false)] out string? skipReason)
    {
        post = null;
        var original = status.Reblog ?? status;
        if (!TryGetHome(original, out var home))
        {
            skipReason = "it has no valid uri";
            return false;
        }

        if (!DateTimeOffset.TryParse(original.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
        {
            skipReason = "it has no valid created_at";
            return false;
        }

        if (original.Visibility is not (null or "public" or "unlisted"))
        {
            skipReason = $"its visibility is '{original.Visibility}'";
            return false;
        }

        skipReason = null;
        post = new Post(
            SourceName,
            MastodonSourceId.For(home.AbsoluteUri),
            tag.ToLowerInvariant(),
            (original.SpoilerText ?? "").Trim(),
            HtmlText.ToPlainText(original.Content),
            pseudonymizer.Pseudonymize(SourceName, FullAcct(original.Account?.Acct, instance)),
            PostLinks.FromAbsolute(original.Url, [home.IdnHost, instance.IdnHost]),
            created.ToUniversalTime(),
            Math.Max(0, original.FavouritesCount ?? 0),
            Math.Max(0, original.RepliesCount ?? 0),
            FlagsOf(original));
        return true;
    }

    public static PostUpdate ToUpdate(string sourceId, MastodonStatus status)
    {
        var original = status.Reblog ?? status;
        return new PostUpdate(sourceId, Math.Max(0, original.FavouritesCount ?? 0), Math.Max(0, original.RepliesCount ?? 0), FlagsOf(original));
    }

    /// <summary>The status's own server, from its absolute http(s) <c>uri</c>.</summary>
    public static bool TryGetHome(MastodonStatus status, [NotNullWhen(true)] out Uri? home)
    {
        home = null;
        return status.Uri is { Length: > 0 and <= MaxUriLength } value
            && Uri.TryCreate(value, UriKind.Absolute, out home)
            && (home.Scheme == Uri.UriSchemeHttps || home.Scheme == Uri.UriSchemeHttp)
            && home.UserInfo.Length == 0;
    }

    // A local account's acct has no domain: adding the instance's makes one person one pseudonym on every instance.
    private static string? FullAcct(string? acct, Uri instance) =>
        string.IsNullOrWhiteSpace(acct) ? null
        : acct.Contains('@', StringComparison.Ordinal) ? acct.ToLowerInvariant()
        : (acct + "@" + instance.IdnHost).ToLowerInvariant();

    private static PostFlags FlagsOf(MastodonStatus status) =>
        string.IsNullOrEmpty(status.InReplyToId) ? PostFlags.None : PostFlags.Reply;
}
