using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>A timeline page, or why there is none: keeps "empty", "not available" and "failed" apart.</summary>
internal sealed record MastodonPageResult(MastodonPage? Page, HttpStatusCode? UnavailableStatus, string? FailureReason)
{
    [MemberNotNullWhen(true, nameof(Page))]
    public bool IsSuccess => Page is not null;

    [MemberNotNullWhen(true, nameof(UnavailableStatus))]
    public bool IsUnavailable => UnavailableStatus is not null;

    public static MastodonPageResult Success(MastodonPage page) => new(page, null, null);

    public static MastodonPageResult Unavailable(HttpStatusCode status) => new(null, status, null);

    public static MastodonPageResult Failure(string reason) => new(null, null, reason);
}
