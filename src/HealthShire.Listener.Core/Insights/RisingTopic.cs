namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// A topic's latest full week against its trailing weeks: how unusual the latest week is.
/// </summary>
/// <param name="Topic">The topic.</param>
/// <param name="WeekStart">The Monday of the latest week.</param>
/// <param name="Posts">Posts in the latest week.</param>
/// <param name="PreviousWeekPosts">Posts in the week before.</param>
/// <param name="WeekOverWeekChange">(Posts − PreviousWeekPosts) / PreviousWeekPosts, or null when the week before had none.</param>
/// <param name="TrailingMean">Mean weekly posts over the trailing weeks (8 by default).</param>
/// <param name="TrailingStdDev">Their standard deviation.</param>
/// <param name="ZScore">(Posts − TrailingMean) / TrailingStdDev, or null when the deviation is zero.</param>
public sealed record RisingTopic(
    string Topic,
    DateOnly WeekStart,
    long Posts,
    long PreviousWeekPosts,
    double? WeekOverWeekChange,
    double TrailingMean,
    double TrailingStdDev,
    double? ZScore);
