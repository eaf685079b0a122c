using System.Net;

namespace HealthShire.Listener.Sources.X;

/// <summary>What one API call gave: a body, or why there is none.</summary>
internal sealed record XCallResult(XCallOutcome Outcome, XTweetsResponse? Response, HttpStatusCode? Status, string Reason)
{
    public static XCallResult Ok(XTweetsResponse response) => new(XCallOutcome.Ok, response, HttpStatusCode.OK, "");

    public static XCallResult Failed(HttpStatusCode? status, string reason) => new(XCallOutcome.Failed, null, status, reason);

    public static XCallResult Unauthorized(HttpStatusCode status, string reason) => new(XCallOutcome.Unauthorized, null, status, reason);
}
