using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>
/// What a page of listed posts is narrowed to, whichever list it is: created from <see cref="Since"/> (inclusive, or
/// no lower bound) until <see cref="Before"/> (exclusive, or no upper bound), and the optional equal filters.
/// </summary>
internal sealed record PostListFilter(
    DateTimeOffset? Since,
    DateTimeOffset? Before,
    string? Topic,
    string? Source,
    string? Community,
    string? Medication,
    string? Text)
{
    /// <summary>An age window back from <paramref name="now"/> (the open-question and crisis lists).</summary>
    public static PostListFilter Of(PostQuery query, DateTimeOffset now) =>
        new(ListedPostRows.CreatedSince(query, now), null, query.Topic, query.Source, query.Community, query.Medication, query.Text);

    /// <summary>Whole days in the calendar's zone (the posts behind a trend point).</summary>
    public static PostListFilter Of(PostSearch search, ListenerCalendar calendar) =>
        new(calendar.StartOf(search.From), calendar.StartOf(search.To.AddDays(1)), search.Topic, search.Source, search.Community, search.Medication, search.Text);
}
