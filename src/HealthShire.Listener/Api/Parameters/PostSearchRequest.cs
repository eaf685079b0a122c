using System.Diagnostics.CodeAnalysis;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>The raw parameters of <c>GET /api/posts</c>: the posts behind a trend point or legend entry.</summary>
internal sealed record PostSearchRequest(
    string? Topic,
    string? Medication,
    string? Source,
    string? Community,
    string? From,
    string? To,
    string? Q,
    string? Page,
    string? PageSize)
{
    public bool TryCreateSearch(DateOnly today, [NotNullWhen(true)] out PostSearch? search, [NotNullWhen(false)] out ParameterError? error)
    {
        search = null;
        error = ParameterReader.FirstOf(
            ParameterReader.Topic(Topic, out var topic),
            ParameterReader.Medication(Medication, out var medication),
            ParameterReader.Text("source", Source, out var source),
            ParameterReader.Community(Community, out var community),
            ParameterReader.Day("from", From, out var from),
            ParameterReader.Day("to", To, out var to),
            ParameterReader.Search("q", Q, out var text),
            ParameterReader.Number("page", Page, 1, 1, PostListRequest.MaxPage, out var page),
            ParameterReader.Number("pageSize", PageSize, PostListRequest.DefaultPageSize, 1, PostListRequest.MaxPageSize, out var pageSize));
        if (error is not null)
        {
            return false;
        }

        error = DayRange.Resolve(from, to, today, TrendsRequest.MaxDays, out var first, out var last);
        if (error is not null)
        {
            return false;
        }

        search = new PostSearch(first, last, page, pageSize)
        {
            Topic = topic,
            Medication = medication,
            Source = source,
            Community = community,
            Text = text,
        };
        return true;
    }
}
