using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>When a checkpoint is recorded as updated, the same on every store.</summary>
internal static class CheckpointTimes
{
    /// <summary>The checkpoint's own time; one without a time (the default value) is stamped <paramref name="now"/>.</summary>
    public static DateTimeOffset UpdatedAt(Checkpoint checkpoint, DateTimeOffset now) =>
        checkpoint.UpdatedAt == default ? now : checkpoint.UpdatedAt;
}
