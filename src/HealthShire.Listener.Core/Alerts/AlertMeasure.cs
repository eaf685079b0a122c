namespace HealthShire.Listener.Core.Alerts;

/// <summary>One subject's week against its trailing weeks, as the rising-topics computation measures it.</summary>
/// <param name="Subject">The topic, medication or community.</param>
/// <param name="WeekStart">The Monday of the measured week.</param>
/// <param name="Posts">Posts (crisis posts, for a community) in the measured week.</param>
/// <param name="TrailingMean">Their mean per trailing week.</param>
/// <param name="ZScore">(Posts − TrailingMean) / the trailing weeks' deviation, or null when the deviation is zero.</param>
public sealed record AlertMeasure(string Subject, DateOnly WeekStart, long Posts, double TrailingMean, double? ZScore);
