namespace HealthShire.Listener.Core.Pipeline;

/// <summary>What one pass over a source did.</summary>
/// <param name="Source">The source name.</param>
/// <param name="Communities">One entry per batch, in the order they were stored.</param>
/// <param name="Refreshed">Posts whose score, replies or flags were re-read.</param>
/// <param name="StartedAt">When the pass began.</param>
/// <param name="FinishedAt">When it ended.</param>
public sealed record CollectResult(
    string Source,
    IReadOnlyList<CommunityCollectResult> Communities,
    int Refreshed,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>Posts the source returned in this pass.</summary>
    public int Fetched => Communities.Sum(c => c.Fetched);

    /// <summary>Posts new to the store.</summary>
    public int Inserted => Communities.Sum(c => c.Inserted);

    /// <summary>Posts already stored and updated.</summary>
    public int Updated => Communities.Sum(c => c.Updated);
}
