using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>A listing page, or why there is none: keeps "empty", "not available" and "failed" apart.</summary>
internal sealed record RedditListingResult(RedditListingData? Listing, HttpStatusCode? UnavailableStatus, string? FailureReason)
{
    [MemberNotNullWhen(true, nameof(Listing))]
    public bool IsSuccess => Listing is not null;

    [MemberNotNullWhen(true, nameof(UnavailableStatus))]
    public bool IsUnavailable => UnavailableStatus is not null;

    /// <summary>Posts of the page that could not be read, each named by id and field; the rest of the page was read.</summary>
    public IReadOnlyList<string> SkippedItems { get; init; } = [];

    public static RedditListingResult Success(RedditListingData listing) => new(listing, null, null);

    public static RedditListingResult Unavailable(HttpStatusCode status) => new(null, status, null);

    public static RedditListingResult Failure(string reason) => new(null, null, reason);
}
