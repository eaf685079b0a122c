using HealthShire.Listener.Storage.Common.Rollups;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Rollups;

/// <summary>Applies summed rollup changes inside the transaction that made them.</summary>
internal static class PostgresRollups
{
    // The rows go in key order (the ordinality of the unnest), so two nodes lock shared rows in the same order; the
    // trigger moves the per-topic totals in the same statement.
    private static string UpsertSql(string from) => $"""
        INSERT INTO post_day_counts AS c (day, topic, source, community, posts, questions, medication_questions, crisis, unanswered)
        SELECT u.day, u.topic, u.source, u.community, u.posts, u.questions, u.medication_questions, u.crisis, u.unanswered
        FROM {from}
        ORDER BY u.ordinality
        ON CONFLICT (day, topic, source, community) DO UPDATE SET
            posts = c.posts + excluded.posts,
            questions = c.questions + excluded.questions,
            medication_questions = c.medication_questions + excluded.medication_questions,
            crisis = c.crisis + excluded.crisis,
            unanswered = c.unanswered + excluded.unanswered;
        """;

    // A row whose last post moved elsewhere is removed, so empty keys do not pile up.
    private static string DeleteEmptySql(string from) => $"""
        DELETE FROM post_day_counts AS c USING {from}
        WHERE c.day = u.day AND c.topic = u.topic AND c.source = u.source AND c.community = u.community AND c.posts = 0;
        """;

    /// <summary>The statements that apply <paramref name="changes"/>, to run in the transaction that made them.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Commands(RollupChanges changes)
    {
        var rows = changes.NonZero();
        var medications = changes.MedicationNonZero();
        changes.Clear();
        foreach (var command in PostgresMedicationRollups.Commands(medications))
        {
            yield return command;
        }

        if (rows.Count == 0)
        {
            yield break;
        }

        var counts = new UnnestColumns();
        var keys = new UnnestColumns();
        foreach (var columns in (UnnestColumns[])[counts, keys])
        {
            columns.Add<int>("day", "integer").AddRange(rows.Select(row => row.Key.Day));
            columns.Add<string>("topic", "text").AddRange(rows.Select(row => row.Key.Topic));
            columns.Add<string>("source", "text").AddRange(rows.Select(row => row.Key.Source));
            columns.Add<string>("community", "text").AddRange(rows.Select(row => row.Key.Community));
        }

        foreach (var command in CountCommands(UpsertSql, DeleteEmptySql, counts, keys, [.. rows.Select(row => row.Value)]))
        {
            yield return command;
        }
    }

    /// <summary>
    /// The upsert of <paramref name="keyed"/> (the key columns, to which the five counts are added here) and, when a
    /// count falls, the removal of emptied rows keyed by <paramref name="keys"/>; shared by every rollup table.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> CountCommands(
        Func<string, string> upsertSql,
        Func<string, string> deleteEmptySql,
        UnnestColumns keyed,
        UnnestColumns keys,
        IReadOnlyList<RollupCounts> counts)
    {
        keyed.Add<int>("posts", "integer").AddRange(counts.Select(count => checked((int)count.Posts)));
        keyed.Add<int>("questions", "integer").AddRange(counts.Select(count => checked((int)count.Questions)));
        keyed.Add<int>("medication_questions", "integer").AddRange(counts.Select(count => checked((int)count.MedicationQuestions)));
        keyed.Add<int>("crisis", "integer").AddRange(counts.Select(count => checked((int)count.Crisis)));
        keyed.Add<int>("unanswered", "integer").AddRange(counts.Select(count => checked((int)count.Unanswered)));

        yield return Command(upsertSql, keyed);
        if (counts.Any(count => count.Posts < 0))
        {
            yield return Command(deleteEmptySql, keys);
        }
    }

    private static NpgsqlBatchCommand Command(Func<string, string> sql, UnnestColumns columns)
    {
        var command = new NpgsqlBatchCommand(sql(columns.From("u", 1)));
        columns.AddParameters(command.Parameters);
        return command;
    }
}
