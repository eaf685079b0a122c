using Npgsql;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// Rows sent as one array parameter per column and turned back into rows by <c>unnest</c>: a statement writes a whole
/// batch in one round trip, with a fixed number of parameters however many rows there are.
/// </summary>
internal sealed class UnnestColumns
{
    private readonly List<(string Name, string Type, Func<object> Values)> _columns = [];

    public IReadOnlyList<string> Names => [.. _columns.Select(column => column.Name)];

    /// <summary>Adds a column of PostgreSQL type <paramref name="type"/>; the list returned takes its values.</summary>
    public List<T> Add<T>(string name, string type)
    {
        var values = new List<T>();
        _columns.Add((name, type, () => values.ToArray()));
        return values;
    }

    /// <summary>
    /// <c>unnest($n::type[], …) WITH ORDINALITY AS alias(names…, ordinality)</c>, the parameters numbered from
    /// <paramref name="firstParameter"/>; the ordinality column keeps the rows in the order they were added.
    /// </summary>
    public string From(string alias, int firstParameter) =>
        "unnest(" + string.Join(", ", _columns.Select((column, i) => $"${firstParameter + i}::{column.Type}[]")) + ") WITH ORDINALITY AS "
        + alias + " (" + string.Join(", ", Names) + ", ordinality)";

    /// <summary>Appends one array parameter per column, in the order of <see cref="From"/>.</summary>
    public void AddParameters(NpgsqlParameterCollection parameters)
    {
        foreach (var column in _columns)
        {
            parameters.Add(new NpgsqlParameter { Value = column.Values() });
        }
    }
}
