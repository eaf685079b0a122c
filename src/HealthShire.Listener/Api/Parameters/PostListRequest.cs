using System.Diagnostics.CodeAnalysis;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>The raw parameters of <c>GET /api/questions</c>, <c>GET /api/crisis</c> and the <c>questions</c> command.</summary>
internal sealed record PostListRequest(
    string? Topic,
    string? Source,
    string? Community,
    string? MaxAgeDays,
    string? Order,
    string? Page,
    string? PageSize,
    string? Medication,
    string? Q = null)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 100;

    public const int MaxAgeDaysLimit = 90;

    // Deep pages are never useful to a person and would make the store skip many rows.
    public const int MaxPage = 10_000;

    public static IReadOnlyList<string> Orders { get; } = ["newest", "score"];

    public bool TryCreateQuery(TimeSpan defaultMaxAge, [NotNullWhen(true)] out PostQuery? query, [NotNullWhen(false)] out ParameterError? error)
    {
        query = null;
        var defaultDays = (int)Math.Clamp(Math.Ceiling(defaultMaxAge.TotalDays), 1, MaxAgeDaysLimit);
        error = ParameterReader.FirstOf(
            ParameterReader.Topic(Topic, out var topic),
            ParameterReader.Text("source", Source, out var source),
            ParameterReader.Community(Community, out var community),
            ParameterReader.Number("maxAgeDays", MaxAgeDays, defaultDays, 1, MaxAgeDaysLimit, out var maxAgeDays),
            ParameterReader.Choice("order", Order, Orders, out var order),
            ParameterReader.Number("page", Page, 1, 1, MaxPage, out var page),
            ParameterReader.Number("pageSize", PageSize, DefaultPageSize, 1, MaxPageSize, out var pageSize),
            ParameterReader.Medication(Medication, out var medication),
            ParameterReader.Search("q", Q, out var text));
        if (error is not null)
        {
            return false;
        }

        var maxAge = string.IsNullOrWhiteSpace(MaxAgeDays) ? defaultMaxAge : TimeSpan.FromDays(maxAgeDays);
        query = new PostQuery(topic, source, community, maxAge, order == "score" ? QuestionOrder.Score : QuestionOrder.Newest, page, pageSize)
        {
            Medication = medication,
            Text = text,
        };
        return true;
    }
}
