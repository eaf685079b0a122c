namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The keys of the small facts every store keeps about itself in <c>store_settings</c>.</summary>
internal static class StoreSettings
{
    /// <summary>The zone the rollup days were cut in.</summary>
    public const string RollupTimeZone = "rollup_time_zone";
}
