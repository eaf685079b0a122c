namespace HealthShire.Listener.Sources.X;

/// <summary>
/// Turns keyword groups into recent-search queries of at most <see cref="MaxQueryLength"/> characters,
/// splitting a group into "name", "name-2", ... when its terms do not fit in one query.
/// </summary>
internal static class XQueryBuilder
{
    /// <summary>The recent-search limit of the self-serve tiers.</summary>
    public const int MaxQueryLength = 512;

    public const string Filters = "-is:retweet lang:en";

    private const string Separator = " OR ";

    public static IReadOnlyList<XQuery> Build(IEnumerable<XQueryOptions> groups)
    {
        var queries = new List<XQuery>();
        foreach (var group in groups)
        {
            var terms = group.Terms
                .Where(term => !string.IsNullOrWhiteSpace(term))
                .Select(FormatTerm)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var chunks = Split(terms);
            for (var i = 0; i < chunks.Count; i++)
            {
                queries.Add(new XQuery(i == 0 ? group.Name : $"{group.Name}-{i + 1}", Compose(chunks[i])));
            }
        }

        return queries;
    }

    /// <summary>Quotes phrases and anything that X would read as an operator (a hyphen, a colon).</summary>
    public static string FormatTerm(string term)
    {
        var trimmed = string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var plain = trimmed.Length > 0
            && trimmed.All(c => char.IsLetterOrDigit(c) || c is '_' or '#' or '\'')
            && !trimmed.Equals("OR", StringComparison.OrdinalIgnoreCase)
            && !trimmed.Equals("AND", StringComparison.OrdinalIgnoreCase);
        return plain ? trimmed : $"\"{trimmed}\"";
    }

    public static bool Fits(string formattedTerm) => Compose([formattedTerm]).Length <= MaxQueryLength;

    public static string Compose(IReadOnlyList<string> formattedTerms) =>
        $"({string.Join(Separator, formattedTerms)}) {Filters}";

    private static List<List<string>> Split(List<string> terms)
    {
        var chunks = new List<List<string>>();
        var current = new List<string>();
        var length = Compose([]).Length;
        foreach (var term in terms)
        {
            if (!Fits(term))
            {
                throw new InvalidOperationException($"The X search term '{term}' is too long for a {MaxQueryLength}-character query.");
            }

            var added = term.Length + (current.Count > 0 ? Separator.Length : 0);
            if (current.Count > 0 && length + added > MaxQueryLength)
            {
                chunks.Add(current);
                current = [];
                length = Compose([]).Length;
                added = term.Length;
            }

            current.Add(term);
            length += added;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
