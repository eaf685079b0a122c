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

    public static RedditListingResult Success(RedditListingData listing) => new(listing, null, null);

    public static RedditListingResult Unavailable(HttpStatusCode status) => new(null, status, null);

    public static RedditListingResult Failure(string reason) => new(null, null, reason);
}
