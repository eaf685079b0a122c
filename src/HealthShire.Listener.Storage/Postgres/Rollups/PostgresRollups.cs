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
        changes.Clear();
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

        counts.Add<int>("posts", "integer").AddRange(rows.Select(row => checked((int)row.Value.Posts)));
        counts.Add<int>("questions", "integer").AddRange(rows.Select(row => checked((int)row.Value.Questions)));
        counts.Add<int>("medication_questions", "integer").AddRange(rows.Select(row => checked((int)row.Value.MedicationQuestions)));
        counts.Add<int>("crisis", "integer").AddRange(rows.Select(row => checked((int)row.Value.Crisis)));
        counts.Add<int>("unanswered", "integer").AddRange(rows.Select(row => checked((int)row.Value.Unanswered)));

        yield return Command(UpsertSql, counts);
        if (rows.Any(row => row.Value.Posts < 0))
        {
            yield return Command(DeleteEmptySql, keys);
        }
    }

    private static NpgsqlBatchCommand Command(Func<string, string> sql, UnnestColumns columns)
    {
        var command = new NpgsqlBatchCommand(sql(columns.From("u", 1)));
        columns.AddParameters(command.Parameters);
        return command;
    }
}
