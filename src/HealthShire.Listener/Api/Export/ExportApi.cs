using System.Text;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Export;

/// <summary><c>GET /api/export</c>: tagged posts (and, in JSON, weekly counts) streamed for spreadsheets.</summary>
internal static class ExportApi
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/export").WithTags("Export")
            .MapGet(string.Empty, ExportAsync)
            .WithSummary("Tagged posts created from..to (default: the last 12 weeks) of one topic, source or community when given, as CSV, or as JSON with a 'weekly' member of weekly counts per topic. Author pseudonyms only with includePseudonyms=true.");
        return api;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] ExportRequest request,
        IInsightsStore store,
        ListenerCalendar calendar,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!request.TryCreateQuery(calendar.Today(time), out var format, out var query, out var error))
        {
            return ParameterProblem.From(error);
        }

        query = await PostExport.MatchCommunityAsync(store, query, cancellationToken);
        return TypedResults.Stream(
            async body =>
            {
                await using var text = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
                await PostExport.WriteAsync(store, query, format, text, cancellationToken);
                await text.FlushAsync(cancellationToken);
            },
            PostExport.ContentType(format),
            PostExport.FileName(query, format));
    }
}
