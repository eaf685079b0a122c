namespace HealthShire.Listener.Core.Sources;

/// <summary>One step of a held stream: a batch to store, or a connection trouble to report (exactly one of them).</summary>
/// <param name="Batch">Posts and the checkpoints they reach, stored together.</param>
/// <param name="Trouble">Why the connection failed or dropped, in one line; the source reconnects by itself.</param>
public sealed record HeldSourceUpdate(SourceBatch? Batch, string? Trouble)
{
    /// <summary>A batch to store.</summary>
    public static HeldSourceUpdate Stored(SourceBatch batch) => new(batch, null);

    /// <summary>A connection trouble.</summary>
    public static HeldSourceUpdate Troubled(string reason) => new(null, reason);
}
