namespace HealthShire.Listener.Core.Insights;

/// <summary>What the series of a trend query are keyed by.</summary>
public enum TrendGroup
{
    /// <summary>One series per topic, every topic present.</summary>
    Topic,

    /// <summary>One series per source that has posts in the range.</summary>
    Source,

    /// <summary>One series per community that has posts in the range.</summary>
    Community,
}
