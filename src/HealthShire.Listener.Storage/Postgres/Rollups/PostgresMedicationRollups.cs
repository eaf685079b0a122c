using HealthShire.Listener.Storage.Common.Rollups;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Rollups;

/// <summary>
/// The statements that apply the medication rollup changes (<see cref="RollupChanges.MedicationNonZero"/>), in key
/// order like <see cref="PostgresRollups"/>, inside the transaction that made them.
/// </summary>
internal static class PostgresMedicationRollups
{
    private static string UpsertSql(string from) => $"""
        INSERT INTO post_day_medication_counts AS c (medication, day, topic, source, community, posts, questions, medication_questions, crisis, unanswered)
        SELECT u.medication, u.day, u.topic, u.source, u.community, u.posts, u.questions, u.medication_questions, u.crisis, u.unanswered
        FROM {from}
        ORDER BY u.ordinality
        ON CONFLICT (medication, day, topic, source, community) DO UPDATE SET
            posts = c.posts + excluded.posts,
            questions = c.questions + excluded.questions,
            medication_questions = c.medication_questions + excluded.medication_questions,
            crisis = c.crisis + excluded.crisis,
            unanswered = c.unanswered + excluded.unanswered;
        """;

    // A row whose last post moved elsewhere is removed, so empty keys do not pile up.
    private static string DeleteEmptySql(string from) => $"""
        DELETE FROM post_day_medication_counts AS c USING {from}
        WHERE c.medication = u.medication AND c.day = u.day AND c.topic = u.topic AND c.source = u.source
          AND c.community = u.community AND c.posts = 0;
        """;

    /// <summary>The statements for <paramref name="rows"/>, read before the changes are cleared.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<KeyValuePair<MedicationRollupKey, RollupCounts>> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var counts = new UnnestColumns();
        var keys = new UnnestColumns();
        foreach (var columns in (UnnestColumns[])[counts, keys])
        {
            columns.Add<string>("medication", "text").AddRange(rows.Select(row => row.Key.Medication));
            columns.Add<int>("day", "integer").AddRange(rows.Select(row => row.Key.Day));
            columns.Add<string>("topic", "text").AddRange(rows.Select(row => row.Key.Topic));
            columns.Add<string>("source", "text").AddRange(rows.Select(row => row.Key.Source));
            columns.Add<string>("community", "text").AddRange(rows.Select(row => row.Key.Community));
        }

        return PostgresRollups.CountCommands(UpsertSql, DeleteEmptySql, counts, keys, [.. rows.Select(row => row.Value)]);
    }
}
