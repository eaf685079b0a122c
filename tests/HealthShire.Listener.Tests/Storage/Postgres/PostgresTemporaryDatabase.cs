using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Migrations;
using HealthShire.Listener.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// A migrated PostgreSQL store database of a test's own, dropped on dispose; null from <see cref="CreateAsync"/> when
/// no PostgreSQL is available here (the test then returns early; .ci/run installs PostgreSQL).
/// </summary>
internal sealed class PostgresTemporaryDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase _server;

    private PostgresTemporaryDatabase(PostgresTestDatabase server, TimeZoneInfo zone)
    {
        _server = server;
        Calendar = new ListenerCalendar(zone);
        Database = new PostgresDatabase(server.ConnectionString);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public PostgresDatabase Database { get; }

    public ListenerCalendar Calendar { get; }

    public string ConnectionString => _server.ConnectionString;

    /// <summary>A fresh database; migrated unless <paramref name="migrate"/> is false; days cut in <paramref name="zone"/> (UTC when not given).</summary>
    public static async Task<PostgresTemporaryDatabase> CreateAsync(bool migrate = true, TimeZoneInfo? zone = null)
    {
        var server = await PostgresTestServer.CreateDatabaseAsync();

        var temp = new PostgresTemporaryDatabase(server, zone ?? TimeZoneInfo.Utc);
        if (migrate)
        {
            await new PostgresMigrator(temp.Database, temp.Time).MigrateAsync(TestContext.Current.CancellationToken);
        }

        return temp;
    }

    /// <summary>Reads one value straight from the database ($1, $2, … parameters), for columns the stores do not expose.</summary>
    public async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _server.DisposeAsync();
    }
}
