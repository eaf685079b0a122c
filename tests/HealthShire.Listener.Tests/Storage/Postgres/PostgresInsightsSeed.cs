using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Postgres.Insights;
using HealthShire.Listener.Storage.Sqlite.Insights;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// Posts and rollup rows written with plain SQL, with the values of <see cref="Some"/> unless told otherwise, so that
/// the insights store is tested on its own: the rollups are not derived from the posts here.
/// </summary>
internal static class PostgresInsightsSeed
{
    public const string Pseudonym = "a1b2c3d4e5f6a7b8c9d0";

    private const string InsertPostSql = """
        INSERT INTO posts (source, source_id, community, title, body, author_pseudonym, url, created_at, score, reply_count, flags,
                           first_seen_at, last_seen_at, topic, topic_probability, is_question, question_score, is_medication,
                           medication_score, is_medication_question, medication_question_score, is_crisis, crisis_score,
                           model_version, tagged_at)
        VALUES ($1, $2, $3, $4, $5, $6, 'https://example.test/' || $2, $7, $8, $9, $10,
                $7, $7, $11, 0.8, $12, 0.9, $13, 0.8, $13, 0.7, $14, 0.9, 'model-1', $7)
        """;

    private const string AddDaySql = """
        INSERT INTO post_day_counts AS c (day, topic, source, community, posts, questions, unanswered)
        VALUES ($1, $2, $3, $4, 1, $5, $5)
        ON CONFLICT (day, topic, source, community) DO UPDATE SET
            posts = c.posts + 1, questions = c.questions + excluded.questions, unanswered = c.unanswered + excluded.unanswered
        """;

    public static PostgresInsightsStore Store(PostgresTemporaryDatabase temp) =>
        new(temp.Database, temp.Calendar, temp.Time, NullLogger<PostgresInsightsStore>.Instance);

    /// <summary>One tagged post; url https://example.test/{sourceId}, pseudonym <see cref="Pseudonym"/>.</summary>
    public static Task PostAsync(
        PostgresTemporaryDatabase temp,
        string sourceId,
        string source = "reddit",
        string community = "depression",
        string body = "Some body text",
        DateTimeOffset? createdAt = null,
        int score = 1,
        int replyCount = 0,
        PostFlags flags = PostFlags.None,
        string topic = Topics.Depression,
        bool question = false,
        bool medicationQuestion = false,
        bool crisis = false) =>
        temp.ScalarAsync(
            InsertPostSql,
            source,
            sourceId,
            community,
            "A title",
            body,
            Pseudonym,
            createdAt ?? Some.CreatedAt,
            score,
            replyCount,
            (int)flags,
            topic,
            question,
            medicationQuestion,
            crisis);

    /// <summary>One post no model has tagged yet, created at <see cref="Some.CreatedAt"/>.</summary>
    public static Task UntaggedAsync(PostgresTemporaryDatabase temp, string sourceId) =>
        temp.ScalarAsync(
            "INSERT INTO posts (source, source_id, community, created_at, first_seen_at, last_seen_at) VALUES ('reddit', $1, 'depression', $2, $2, $2)",
            sourceId,
            Some.CreatedAt);

    /// <summary>Adds one post (a question or not, unanswered when a question) to the rollups of <paramref name="day"/>.</summary>
    public static Task DayAsync(
        PostgresTemporaryDatabase temp,
        DateOnly day,
        string topic,
        bool question = false,
        string source = "reddit",
        string community = "depression") =>
        temp.ScalarAsync(AddDaySql, EpochDay.From(day), topic, source, community, question ? 1 : 0);
}
