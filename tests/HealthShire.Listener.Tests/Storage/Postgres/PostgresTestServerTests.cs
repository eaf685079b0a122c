using HealthShire.Listener.Testing;
using Npgsql;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresTestServerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CreateDatabaseAsync_GivesEachTestAnEmptyDatabaseOfItsOwn()
    {
        await using var first = await PostgresTestServer.CreateDatabaseAsync();
        await using var second = await PostgresTestServer.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_database(), count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal((first.Name, 0L), (reader.GetString(0), reader.GetInt64(1)));
        Assert.NotEqual(first.Name, second.Name);
    }
}
