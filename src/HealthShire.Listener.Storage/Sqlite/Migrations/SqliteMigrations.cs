namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>
/// Every schema step, oldest first. Released steps are never edited: a change is a new step with
/// the next version, so that existing databases follow the same path as new ones.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "posts, checkpoints and marks", InitialSchema.Sql),
        new(2, "day rollups, store settings, open-question and crisis indexes", InsightsSchema.Sql),
        new(DigestSchema.Version, "digest subscribers and sends", DigestSchema.Sql),
        new(QuerySpeedSchema.Version, "covering list indexes, mark flag, day totals per topic", QuerySpeedSchema.Sql),
        new(MedicationSchema.Version, "post medications, medication day rollups, replies off the open-question index", MedicationSchema.Sql),
        new(SearchSchema.Version, "full-text index of title and body, index of listed posts", SearchSchema.Sql),
        new(AlertSchema.Version, "spike alert rules and their deliveries", AlertSchema.Sql),
    ];

    public static int LatestVersion => All[^1].Version;
}
