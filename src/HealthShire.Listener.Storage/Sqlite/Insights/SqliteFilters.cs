using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>The optional topic, source and community filters the insights queries share.</summary>
internal static class SqliteFilters
{
    /// <summary>
    /// " AND column = $column" for each given value, with its parameter bound. Each filter is added
    /// only when given, since "$x IS NULL OR column = $x" would keep SQLite from using its indexes.
    /// </summary>
    public static string Equal(SqliteCommand command, string? topic, string? source, string? community)
    {
        var where = string.Empty;
        foreach (var (column, value) in new[] { ("topic", topic), ("source", source), ("community", community) })
        {
            if (value is not null)
            {
                where += $" AND {column} = ${column}";
                command.Parameters.AddWithValue("$" + column, value);
            }
        }

        return where;
    }

    /// <summary>" AND id IN (posts naming the medication)" when one is given, with its parameter bound; for queries on <c>posts</c>.</summary>
    public static string NamesMedication(SqliteCommand command, string? medication)
    {
        if (medication is null)
        {
            return string.Empty;
        }

        command.Parameters.AddWithValue("$medication", medication);
        return " AND id IN (SELECT post_id FROM post_medications WHERE medication = $medication)";
    }

    /// <summary>" AND id IN (posts whose title or body holds every word)" when a text is given, for queries on <c>posts</c>.</summary>
    public static string MatchesText(SqliteCommand command, string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        // A text without any word matches nothing, as on PostgreSQL; the API refuses one before it gets here.
        command.Parameters.AddWithValue("$text", SqliteSearchText.ToMatch(text) ?? "\"\"");
        return " AND id IN (SELECT rowid FROM posts_search WHERE posts_search MATCH $text)";
    }
}
