using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Export;

/// <summary>What <c>GET /api/export</c> and the <c>export</c> command both write.</summary>
internal static class PostExport
{
    public static string ContentType(string format) => format == "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";

    public static string FileName(ExportQuery query, string format) =>
        $"healthshire-export-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}.{format}";

    /// <summary>The query with its community matched to the stored name, as every other list and the trends match it.</summary>
    public static async Task<ExportQuery> MatchCommunityAsync(IInsightsStore store, ExportQuery query, CancellationToken cancellationToken)
    {
        var match = await CommunityMatch.FindAsync(store, query.Source, query.Community, cancellationToken);
        return query with { Community = match.Community };
    }

    /// <summary>CSV: the posts; JSON: the weekly counts and the posts.</summary>
    public static async Task WriteAsync(IInsightsStore store, ExportQuery query, string format, TextWriter output, CancellationToken cancellationToken)
    {
        var posts = store.ExportPostsAsync(query, cancellationToken);
        if (format == "json")
        {
            await ExportJson.WriteAsync(query, await GetWeeklyAsync(store, query, cancellationToken), posts, output, cancellationToken);
        }
        else
        {
            await ExportCsv.WritePostsAsync(posts, query.IncludeAuthorPseudonyms, output, cancellationToken);
        }
    }

    public static async Task WriteWeeklyCsvAsync(IInsightsStore store, ExportQuery query, TextWriter output, CancellationToken cancellationToken) =>
        await ExportCsv.WriteWeeklyAsync(await GetWeeklyAsync(store, query, cancellationToken), output);

    private static Task<IReadOnlyList<TrendSeries>> GetWeeklyAsync(IInsightsStore store, ExportQuery query, CancellationToken cancellationToken) =>
        store.GetTrendsAsync(new TrendQuery(query.From, query.To, TrendInterval.Week, query.Topic, query.Source, query.Community), cancellationToken);
}
