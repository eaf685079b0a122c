namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The key of one rollup row.</summary>
internal readonly record struct RollupKey(int Day, string Topic, string Source, string Community);
