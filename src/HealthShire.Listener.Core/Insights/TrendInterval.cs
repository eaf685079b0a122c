namespace HealthShire.Listener.Core.Insights;

/// <summary>The bucket size of a trend series.</summary>
public enum TrendInterval
{
    /// <summary>One point per day.</summary>
    Day,

    /// <summary>One point per ISO week, starting on Monday.</summary>
    Week,
}
