namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// One page of a hashtag timeline, newest first: the statuses that could be read, how many entries were not statuses,
/// and the <c>max_id</c> (older) and <c>min_id</c> (newer) cursors of its <c>Link</c> header.
/// </summary>
internal sealed record MastodonPage(IReadOnlyList<MastodonStatus> Statuses, int Malformed, string? NextMaxId, string? PrevMinId);
