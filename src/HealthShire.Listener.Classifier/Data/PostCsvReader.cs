using global::CsvHelper;

namespace HealthShire.Listener.Classifier.Data;

/// <summary>Reads the shared CSV layout (id,source,label,subreddit,title,body,… and optional 0/1 intent columns).</summary>
internal static class PostCsvReader
{
    public static async Task<PostCsvFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ClassifierInputException($"Data file '{path}' does not exist.");
        }

        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { AllowLineBreaksInQuotes = true });
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers.ToList();
        if (header.Count == 0)
        {
            throw new ClassifierInputException($"Data file '{path}' is empty or has no header row.");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().ToLowerInvariant(), i);
        }

        if (!columns.ContainsKey("title") && !columns.ContainsKey("body"))
        {
            throw new ClassifierInputException($"Data file '{path}' needs a 'title' or 'body' column; it has: {string.Join(",", header)}.");
        }

        var hasLabel = columns.ContainsKey("label");
        var intentColumns = IntentNames.All.Where(i => columns.ContainsKey(IntentNames.ColumnOf(i))).ToHashSet();
        var posts = new List<LabelledPost>();
        var skipped = 0;
        while (await csv.ReadAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryReadRow(csv, columns, hasLabel, intentColumns) is { } post)
            {
                posts.Add(post);
            }
            else
            {
                skipped++;
            }
        }

        return new PostCsvFile(path, posts, skipped, hasLabel, intentColumns.Count > 0);
    }

    private static LabelledPost? TryReadRow(CsvReader csv, Dictionary<string, int> columns, bool hasLabel, HashSet<IntentName> intentColumns)
    {
        string Field(string name) => columns.TryGetValue(name, out var i) && i < csv.FieldCount ? csv.GetString(i) : string.Empty;

        var title = Field("title");
        var body = Field("body");
        if (title.Length == 0 && body.Length == 0)
        {
            return null;
        }

        IntentLabels? intents = null;
        if (intentColumns.Count > 0)
        {
            var values = new bool?[IntentNames.All.Count];
            foreach (var intent in intentColumns)
            {
                var cell = Field(IntentNames.ColumnOf(intent)).Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                if (cell is not ("0" or "1"))
                {
                    return null;
                }

                values[(int)intent] = cell == "1";
            }

            intents = new IntentLabels(values[0], values[1], values[2], values[3]);
        }

        var label = hasLabel ? Field("label").Trim() : string.Empty;
        var id = Field("id");
        return new LabelledPost(
            id.Length > 0 ? id : $"row-{csv.RowNumber}", Field("source"), label.Length > 0 ? label : null, title, body, intents)
        {
            CreatedUtc = long.TryParse(Field("created_utc").Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var created) ? created : null,
        };
    }
}
