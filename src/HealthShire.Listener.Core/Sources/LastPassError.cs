namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// A source's last failed pass. The worker keeps it in the store as one more checkpoint of the source, under a key no
/// source uses, so that every node and the <c>status</c> command see it.
/// </summary>
/// <param name="At">When the pass failed.</param>
/// <param name="Message">Why, in one line.</param>
public sealed record LastPassError(DateTimeOffset At, string Message)
{
    /// <summary>The checkpoint key it is kept under. Keys that start with ':' belong to the host: sources never use them.</summary>
    public const string CheckpointKey = ":last-error";

    private const int MaxMessageLength = 500;

    /// <summary>The error as a checkpoint of <paramref name="source"/>: one line, at most 500 characters.</summary>
    public Checkpoint ToCheckpoint(string source)
    {
        var line = string.Join(' ', Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new Checkpoint(source, CheckpointKey, line.Length > MaxMessageLength ? line[..MaxMessageLength] + "…" : line, At);
    }

    /// <summary>The error kept among a source's checkpoints, if any.</summary>
    public static LastPassError? From(IEnumerable<Checkpoint> checkpoints) =>
        checkpoints.FirstOrDefault(IsError) is { } kept ? new LastPassError(kept.UpdatedAt, kept.Value) : null;

    /// <summary>Whether a checkpoint is a kept error rather than a source's resume point.</summary>
    public static bool IsError(Checkpoint checkpoint) =>
        string.Equals(checkpoint.Key, CheckpointKey, StringComparison.Ordinal);
}
