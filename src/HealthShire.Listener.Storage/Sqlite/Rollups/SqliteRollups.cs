using HealthShire.Listener.Storage.Common.Rollups;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Rollups;

/// <summary>
/// Applies the rollup changes a batch of writes collected (<see cref="RollupChanges"/>, summed per key in memory) once
/// per key inside the same transaction: a batch of 100k posts costs a few hundred upserts.
/// </summary>
internal static class SqliteRollups
{
    private const string UpsertSql = """
        INSERT INTO post_day_counts (day, topic, source, community, posts, questions, medication_questions, crisis, unanswered)
        VALUES ($day, $topic, $source, $community, $posts, $questions, $medication_questions, $crisis, $unanswered)
        ON CONFLICT (day, topic, source, community) DO UPDATE SET
            posts = posts + excluded.posts,
            questions = questions + excluded.questions,
            medication_questions = medication_questions + excluded.medication_questions,
            crisis = crisis + excluded.crisis,
            unanswered = unanswered + excluded.unanswered;
        """;

    // A row whose last post moved elsewhere is removed, so empty keys do not pile up.
    private const string DeleteEmptySql =
        "DELETE FROM post_day_counts WHERE day = $day AND topic = $topic AND source = $source AND community = $community AND posts = 0;";

    public static void Apply(SqliteConnection connection, SqliteTransaction transaction, RollupChanges rollups)
    {
        SqliteMedicationRollups.Apply(connection, transaction, rollups);
        var changes = rollups.NonZero();
        if (changes.Count == 0)
        {
            rollups.Clear();
            return;
        }

        using var upsert = Command(connection, transaction, UpsertSql, "$posts", "$questions", "$medication_questions", "$crisis", "$unanswered");
        using var deleteEmpty = Command(connection, transaction, DeleteEmptySql);
        foreach (var (key, counts) in changes)
        {
            Bind(upsert, key);
            BindCounts(upsert, 4, counts);
            upsert.ExecuteNonQuery();
            if (counts.Posts < 0)
            {
                Bind(deleteEmpty, key);
                deleteEmpty.ExecuteNonQuery();
            }
        }

        rollups.Clear();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] extra)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in (string[])["$day", "$topic", "$source", "$community", .. extra])
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Binds the five counts to the parameters from <paramref name="first"/> on, in their column order.</summary>
    public static void BindCounts(SqliteCommand command, int first, RollupCounts counts)
    {
        command.Parameters[first].Value = counts.Posts;
        command.Parameters[first + 1].Value = counts.Questions;
        command.Parameters[first + 2].Value = counts.MedicationQuestions;
        command.Parameters[first + 3].Value = counts.Crisis;
        command.Parameters[first + 4].Value = counts.Unanswered;
    }

    private static void Bind(SqliteCommand command, RollupKey key)
    {
        command.Parameters[0].Value = key.Day;
        command.Parameters[1].Value = key.Topic;
        command.Parameters[2].Value = key.Source;
        command.Parameters[3].Value = key.Community;
    }
}
