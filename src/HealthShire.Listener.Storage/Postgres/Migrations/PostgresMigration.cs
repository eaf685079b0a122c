namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>One schema step on PostgreSQL.</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
