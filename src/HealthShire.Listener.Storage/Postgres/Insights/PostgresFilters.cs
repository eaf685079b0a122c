using HealthShire.Listener.Storage.Postgres.Migrations;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>The optional topic, source and community filters the insights queries share, as positional parameters.</summary>
internal static class PostgresFilters
{
    /// <summary>
    /// " AND column = $n" for each given value, its parameter added after those already on the command. Each filter
    /// is added only when given, so that the plan of a query is made for the filters it really has.
    /// </summary>
    public static string Equal(NpgsqlCommand command, string? topic, string? source, string? community)
    {
        var where = string.Empty;
        foreach (var (column, value) in new[] { ("topic", topic), ("source", source), ("community", community) })
        {
            if (value is not null)
            {
                where += $" AND {column} = {Add(command, value)}";
            }
        }

        return where;
    }

    /// <summary>" AND id IN (posts naming the medication)" when one is given, its parameter added; for queries on <c>posts</c>.</summary>
    public static string NamesMedication(NpgsqlCommand command, string? medication) =>
        medication is null ? string.Empty : $" AND id IN (SELECT post_id FROM post_medications WHERE medication = {Add(command, medication)})";

    /// <summary>
    /// " AND (posts whose title or body holds every word)" when a text is given, its parameter added; for queries on
    /// <c>posts</c>. plainto_tsquery reads the text as plain words (no operators), whatever it holds.
    /// </summary>
    public static string MatchesText(NpgsqlCommand command, string? text) =>
        text is null
            ? string.Empty
            : $" AND search @@ plainto_tsquery('{PostgresSearchSchema.Configuration}', {Add(command, text)})";

    /// <summary>Adds a positional parameter and returns its placeholder ($1, $2 ...).</summary>
    public static string Add<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
