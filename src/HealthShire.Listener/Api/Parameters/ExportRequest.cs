using System.Diagnostics.CodeAnalysis;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>The raw parameters of <c>GET /api/export</c> and the <c>export</c> command.</summary>
internal sealed record ExportRequest(
    string? Format, string? From, string? To, string? Topic, string? IncludePseudonyms, string? Source, string? Community)
{
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json"];

    public bool TryCreateQuery(
        DateOnly today,
        out string format,
        [NotNullWhen(true)] out ExportQuery? query,
        [NotNullWhen(false)] out ParameterError? error)
    {
        query = null;
        error = ParameterReader.FirstOf(
            ParameterReader.Choice("format", Format, Formats, out format),
            ParameterReader.Day("from", From, out var from),
            ParameterReader.Day("to", To, out var to),
            ParameterReader.Topic(Topic, out var topic),
            ParameterReader.Text("source", Source, out var source),
            ParameterReader.Community(Community, out var community),
            ParameterReader.Flag("includePseudonyms", IncludePseudonyms, out var includePseudonyms));
        if (error is not null)
        {
            return false;
        }

        error = DayRange.Resolve(from, to, today, TrendsRequest.MaxDays, out var first, out var last);
        if (error is not null)
        {
            return false;
        }

        query = new ExportQuery(first, last, topic, includePseudonyms) { Source = source, Community = community };
        return true;
    }
}
