using Microsoft.Extensions.Configuration;

namespace HealthShire.Listener.IntegrationTests.Jobs;

/// <summary>The settings that put a node's scheduler in a PostgreSQL database, clustered.</summary>
internal static class PostgresJobStoreSettings
{
    public static IConfiguration For(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = connectionString,
        }).Build();
}
