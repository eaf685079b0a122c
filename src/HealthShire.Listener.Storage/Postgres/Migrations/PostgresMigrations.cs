namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>The schema steps, in order. A released step never changes; a new one is appended.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "posts, checkpoints, marks, day rollups, digest", PostgresInitialSchema.Sql),
        new(PostgresMedicationSchema.Version, "post medications, medication day rollups, replies off the open-question index", PostgresMedicationSchema.Sql),
        new(PostgresSearchSchema.Version, "full-text index of title and body, index of listed posts", PostgresSearchSchema.Sql),
        new(PostgresAlertSchema.Version, "spike alert rules and their deliveries", PostgresAlertSchema.Sql),
    ];
}
