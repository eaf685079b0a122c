using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Rollups;

/// <summary>
/// Applies the medication rollup changes a batch of writes collected (<see cref="RollupChanges.MedicationNonZero"/>)
/// once per key, inside the same transaction, as <see cref="SqliteRollups"/> does for the topic rollups.
/// </summary>
internal static class SqliteMedicationRollups
{
    private const string UpsertSql = """
        INSERT INTO post_day_medication_counts (medication, day, topic, source, community, posts, questions, medication_questions, crisis, unanswered)
        VALUES ($medication, $day, $topic, $source, $community, $posts, $questions, $medication_questions, $crisis, $unanswered)
        ON CONFLICT (medication, day, topic, source, community) DO UPDATE SET
            posts = posts + excluded.posts,
            questions = questions + excluded.questions,
            medication_questions = medication_questions + excluded.medication_questions,
            crisis = crisis + excluded.crisis,
            unanswered = unanswered + excluded.unanswered;
        """;

    // A row whose last post moved elsewhere is removed, so empty keys do not pile up.
    private const string DeleteEmptySql = """
        DELETE FROM post_day_medication_counts
        WHERE medication = $medication AND day = $day AND topic = $topic AND source = $source AND community = $community AND posts = 0;
        """;

    private static readonly string[] KeyNames = ["$medication", "$day", "$topic", "$source", "$community"];

    /// <summary>Writes the medication changes; the caller clears <paramref name="rollups"/> afterwards.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction, RollupChanges rollups)
    {
        var changes = rollups.MedicationNonZero();
        if (changes.Count == 0)
        {
            return;
        }

        using var upsert = Command(connection, transaction, UpsertSql, [.. KeyNames, "$posts", "$questions", "$medication_questions", "$crisis", "$unanswered"]);
        using var deleteEmpty = Command(connection, transaction, DeleteEmptySql, KeyNames);
        foreach (var (key, counts) in changes)
        {
            Bind(upsert, key);
            SqliteRollups.BindCounts(upsert, 5, counts);
            upsert.ExecuteNonQuery();
            if (counts.Posts < 0)
            {
                Bind(deleteEmpty, key);
                deleteEmpty.ExecuteNonQuery();
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, MedicationRollupKey key)
    {
        command.Parameters[0].Value = key.Medication;
        command.Parameters[1].Value = key.Day;
        command.Parameters[2].Value = key.Topic;
        command.Parameters[3].Value = key.Source;
        command.Parameters[4].Value = key.Community;
    }
}
