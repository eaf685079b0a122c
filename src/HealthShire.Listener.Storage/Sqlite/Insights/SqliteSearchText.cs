using System.Text;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// Turns search text (user input) into an FTS5 query that matches posts holding every word: each word becomes one quoted
/// string (quotes inside doubled), so nothing typed is read as FTS5 syntax (OR, NEAR, column filters, prefixes).
/// </summary>
internal static class SqliteSearchText
{
    /// <summary>More words than anyone types into a filter; the rest are ignored.</summary>
    public const int MaxWords = 16;

    /// <summary>The FTS5 query, or null when the text holds no letter or digit (nothing to match).</summary>
    public static string? ToMatch(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Any(char.IsLetterOrDigit))
            .Take(MaxWords)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var match = new StringBuilder();
        foreach (var word in words)
        {
            match.Append(match.Length == 0 ? "\"" : " \"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return match.ToString();
    }
}
