using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Digest;

/// <summary>One topic's weekly counts for the chart, the latest (reported) week last.</summary>
internal sealed record TopicWeeks(string Topic, IReadOnlyList<TrendPoint> Weeks)
{
    public TrendPoint Latest => Weeks[^1];

    public long PreviousPosts => Weeks.Count > 1 ? Weeks[^2].Posts : 0;

    /// <summary>The change against the week before, or null when that week had no posts.</summary>
    public double? Change => PreviousPosts == 0 ? null : (Latest.Posts - PreviousPosts) / (double)PreviousPosts;
}
