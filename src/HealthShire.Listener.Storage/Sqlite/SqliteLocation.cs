using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>A configured connection string with its data source resolved to an absolute file path.</summary>
internal sealed record SqliteLocation(string ConnectionString, string DatabasePath)
{
    /// <summary>The file that keeps the generated pseudonym key, beside the database.</summary>
    public string PseudonymKeyPath => DatabasePath + ".pseudonym-key";

    /// <summary>Parses a connection string; the error names what is wrong without echoing secrets.</summary>
    public static bool TryParse(
        string? connectionString,
        [NotNullWhen(true)] out SqliteLocation? location,
        [NotNullWhen(false)] out string? error)
    {
        location = null;
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            error = "is not a valid SQLite connection string: " + ex.Message;
            return false;
        }

        var dataSource = builder.DataSource.Trim();
        if (dataSource.Length == 0)
        {
            error = "has no Data Source; give a database file such as 'Data Source=data/listener.db'";
            return false;
        }

        // Every operation opens its own pooled connection, so a private in-memory database would
        // be empty each time; a URI name would hide where the pseudonym key file belongs.
        if (builder.Mode == SqliteOpenMode.Memory || dataSource == ":memory:" ||
            dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            error = $"names '{dataSource}', which is not a database file path";
            return false;
        }

        // Microsoft.Data.Sqlite needs an encryption build of SQLite for a password and fails on first use without one.
        if (!string.IsNullOrEmpty(builder.Password))
        {
            error = "sets Password, which this SQLite build cannot use (no encryption); remove it and protect the file with file permissions instead";
            return false;
        }

        var path = Path.GetFullPath(dataSource);
        builder.DataSource = path;
        location = new SqliteLocation(builder.ToString(), path);
        error = null;
        return true;
    }
}
