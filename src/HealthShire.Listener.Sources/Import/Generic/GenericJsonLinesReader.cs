using System.Text.Json;
using HealthShire.Listener.Core.Privacy;

namespace HealthShire.Listener.Sources.Import.Generic;

/// <summary>
/// Reads exported posts as JSON Lines, one object per line with the <see cref="GenericColumns"/> fields (strings, or
/// numbers for <c>id</c>, <c>created_at</c> and <c>reply_count</c>). The first object fixes the fields: when it lacks
/// a required one the file fails, named; a later line without it is reported with its number.
/// </summary>
internal static class GenericJsonLinesReader
{
    public static IEnumerable<ImportItem> Read(Stream content, string network, IAuthorPseudonymizer pseudonymizer)
    {
        var lines = new JsonLines(content);
        var first = true;
        while (lines.TryRead(out var line, out var tooLong))
        {
            if (tooLong)
            {
                yield return ImportItem.Malformed(lines.LineNumber, JsonLines.TooLongProblem);
                continue;
            }

            var (row, problem) = Parse(line);
            if (row is not null && first)
            {
                first = false;
                if (Missing(row) is { } missing)
                {
                    throw new ImportFormatException(GenericColumns.MissingMessage("field", missing));
                }
            }

            if (row is null)
            {
                yield return ImportItem.Malformed(lines.LineNumber, problem ?? "not a JSON object");
            }
            else if (Missing(row) is { } missing)
            {
                yield return ImportItem.Malformed(lines.LineNumber, $"missing field '{missing}'");
            }
            else
            {
                yield return GenericPostMapper.TryMap(network, row, pseudonymizer, out var post, out var mapProblem)
                    ? ImportItem.Of(lines.LineNumber, post)
                    : ImportItem.Malformed(lines.LineNumber, mapProblem);
            }
        }
    }

    private static (GenericRow? Row, string? Problem) Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                return (null, "more than one JSON value on the line");
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            return (new GenericRow(
                Text(root, GenericColumns.Id),
                Text(root, GenericColumns.Text),
                Text(root, GenericColumns.CreatedAt),
                Text(root, GenericColumns.Community),
                Text(root, GenericColumns.Url),
                Text(root, GenericColumns.Title),
                Text(root, GenericColumns.ReplyCount),
                Text(root, GenericColumns.Author)), null);
        }
        catch (JsonException ex)
        {
            var end = ex.Message.IndexOf(". ", StringComparison.Ordinal);
            return (null, $"not valid JSON ({(end < 0 ? ex.Message : ex.Message[..end])})");
        }
    }

    /// <summary>A string as it is, a number as written, JSON null as empty; null when absent or of another kind.</summary>
    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => string.Empty,
                _ => null,
            }
            : null;

    private static string? Missing(GenericRow row) =>
        row.Id is null ? GenericColumns.Id
        : row.Text is null ? GenericColumns.Text
        : row.CreatedAt is null ? GenericColumns.CreatedAt
        : row.Community is null ? GenericColumns.Community
        : row.Url is null ? GenericColumns.Url
        : null;
}
