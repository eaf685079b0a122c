namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>One step of the schema; applied once, in version order, inside the migration transaction.</summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
