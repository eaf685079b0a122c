using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.X;

/// <summary>What paging through one query gave.</summary>
/// <param name="Posts">The usable new tweets, without duplicates.</param>
/// <param name="NewestId">The newest tweet id seen; only set when the pagination finished.</param>
/// <param name="Reads">Tweets returned by X, usable or not: what the read budget pays for.</param>
/// <param name="Outcome">Ok when every page was read; otherwise why it stopped.</param>
/// <param name="Reason">Why it stopped early, empty when it did not.</param>
internal sealed record XSearchPass(
    IReadOnlyList<Post> Posts,
    string? NewestId,
    int Reads,
    XCallOutcome Outcome,
    string Reason)
{
    public bool IsComplete => Outcome == XCallOutcome.Ok;
}
