namespace HealthShire.Listener.Tests.Storage;

/// <summary>The store implementations that the store contract tests run against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
