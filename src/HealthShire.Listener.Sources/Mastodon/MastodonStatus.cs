namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// The fields of a Mastodon status that are read; every one may be missing from a hostile answer. Times stay strings
/// so one bad value skips that status, not the page.
/// </summary>
internal sealed record MastodonStatus(
    string? Id,
    string? Uri,
    string? Url,
    string? CreatedAt,
    string? InReplyToId,
    string? Visibility,
    string? SpoilerText,
    string? Content,
    int? RepliesCount,
    int? FavouritesCount,
    MastodonAccount? Account,
    MastodonStatus? Reblog);
