namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>The settings that put a harness on SQLite (the sinks' folder) or on a fresh PostgreSQL database.</summary>
internal sealed class AlertStores : IAsyncDisposable
{
    private readonly IAsyncDisposable? _database;

    private AlertStores(IAsyncDisposable? database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        Settings = settings;
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<AlertStores> CreateAsync(bool postgres)
    {
        if (!postgres)
        {
            return new AlertStores(null, new Dictionary<string, string?>());
        }

        var database = await PostgresTestServer.CreateDatabaseAsync();
        return new AlertStores(database, new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
        });
    }

    public ValueTask DisposeAsync() => _database?.DisposeAsync() ?? ValueTask.CompletedTask;
}
