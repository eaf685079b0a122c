using System.Diagnostics.CodeAnalysis;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>The raw parameters of <c>GET /api/trends</c> and the <c>trends</c> command.</summary>
internal sealed record TrendsRequest(
    string? Topic, string? Source, string? Community, string? From, string? To, string? Interval, string? Medication, string? GroupBy = null)
{
    /// <summary>Without dates: the last twelve weeks, this one included.</summary>
    public const int DefaultWeeks = 12;

    /// <summary>About three years of days; longer ranges are asked in pieces.</summary>
    public const int MaxDays = 1100;

    public static IReadOnlyList<string> Intervals { get; } = ["week", "day"];

    /// <summary>What the series are keyed by, in <see cref="TrendGroup"/> order; topic is the default.</summary>
    public static IReadOnlyList<string> Groups { get; } = ["topic", "source", "community"];

    public bool TryCreateQuery(DateOnly today, [NotNullWhen(true)] out TrendQuery? query, [NotNullWhen(false)] out ParameterError? error)
    {
        query = null;
        error = ParameterReader.FirstOf(
            ParameterReader.Topic(Topic, out var topic),
            ParameterReader.Text("source", Source, out var source),
            ParameterReader.Community(Community, out var community),
            ParameterReader.Day("from", From, out var from),
            ParameterReader.Day("to", To, out var to),
            ParameterReader.Choice("interval", Interval, Intervals, out var interval),
            ParameterReader.Medication(Medication, out var medication),
            ParameterReader.Choice("groupBy", GroupBy, Groups, out var groupBy));
        if (error is not null)
        {
            return false;
        }

        error = DayRange.Resolve(from, to, today, MaxDays, out var first, out var last);
        if (error is not null)
        {
            return false;
        }

        query = new TrendQuery(first, last, interval == "day" ? TrendInterval.Day : TrendInterval.Week, topic, source, community)
        {
            Medication = medication,
            GroupBy = groupBy switch { "source" => TrendGroup.Source, "community" => TrendGroup.Community, _ => TrendGroup.Topic },
        };
        return true;
    }
}
