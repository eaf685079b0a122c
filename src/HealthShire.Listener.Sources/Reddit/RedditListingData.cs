namespace HealthShire.Listener.Sources.Reddit;

/// <summary>A page of a listing; <see cref="After"/> is the fullname to ask the next page after.</summary>
internal sealed record RedditListingData(IReadOnlyList<RedditChild>? Children, string? After, string? Before);
