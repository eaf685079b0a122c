using CsvHelper;
using HealthShire.Listener.Core.Privacy;

namespace HealthShire.Listener.Sources.Import.Generic;

/// <summary>
/// Reads an exported CSV (a header row naming <see cref="GenericColumns"/>, in any order, other columns ignored) one
/// row at a time. A missing required column fails the file before any row is read; a malformed row (an unclosed quote)
/// is reported with its line and skipped.
/// </summary>
internal static class GenericCsvReader
{
    public static IEnumerable<ImportItem> Read(Stream content, string network, IAuthorPseudonymizer pseudonymizer)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(content, options, leaveOpen: true);
        csv.ReadHeader();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.Headers.Count; i++)
        {
            columns.TryAdd(csv.Headers[i].Trim().ToLowerInvariant(), i);
        }

        foreach (var required in GenericColumns.Required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new ImportFormatException(GenericColumns.MissingMessage("column", required));
            }
        }

        while (true)
        {
            var more = csv.Read();
            while (malformed.TryDequeue(out var bad))
            {
                // The record's text is never repeated: it is someone's post.
                yield return ImportItem.Malformed(bad.LineNumber, $"a malformed CSV row ({bad.Reason})");
            }

            if (!more)
            {
                yield break;
            }

            string? Field(string name) => columns.TryGetValue(name, out var i) ? i < csv.FieldCount ? csv.GetString(i) : null : null;

            var row = new GenericRow(
                Field(GenericColumns.Id),
                Field(GenericColumns.Text),
                Field(GenericColumns.CreatedAt),
                Field(GenericColumns.Community),
                Field(GenericColumns.Url),
                Field(GenericColumns.Title),
                Field(GenericColumns.ReplyCount),
                Field(GenericColumns.Author));
            yield return GenericPostMapper.TryMap(network, row, pseudonymizer, out var post, out var problem)
                ? ImportItem.Of(csv.LineNumber, post)
                : ImportItem.Malformed(csv.LineNumber, problem);
        }
    }
}
