namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 2: day rollups for trends, and indexes for the open-question and crisis lists.</summary>
internal static class InsightsSchema
{
    // One row per (day, topic, source, community) that ever had a post. day is the calendar day in
    // the configured time zone as days since 1970-01-01. The key starts with day and topic so that
    // a trend over a range of days reads one slice of the table in the order it is grouped.
    // Untagged posts (topic NULL) are not counted: they belong to no series.
    //
    // unanswered = tagged question, reply_count 0, not deleted or removed, not crisis; marks and
    // age are per reader and stay out of the counts.
    //
    // The rows are filled from the posts already stored right after this step (and again whenever
    // Listener:TimeZone changes), since cutting days in a zone needs the time-zone rules in code.
    // store_settings.rollup_time_zone records the zone the rows were cut in.
    public const string Sql = """
        CREATE TABLE post_day_counts (
            day                   INTEGER NOT NULL,
            topic                 TEXT    NOT NULL,
            source                TEXT    NOT NULL,
            community             TEXT    NOT NULL,
            posts                 INTEGER NOT NULL DEFAULT 0,
            questions             INTEGER NOT NULL DEFAULT 0,
            medication_questions  INTEGER NOT NULL DEFAULT 0,
            crisis                INTEGER NOT NULL DEFAULT 0,
            unanswered            INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, topic, source, community)
        ) WITHOUT ROWID;

        CREATE TABLE store_settings (
            key    TEXT NOT NULL PRIMARY KEY,
            value  TEXT NOT NULL
        ) WITHOUT ROWID;

        -- The open-question list reads only this slice. The columns after created_at let the count
        -- and the filters run on the index alone; the predicate matches the list query's terms.
        -- It replaces the narrower version-1 index, which no query uses any more.
        DROP INDEX IF EXISTS ix_posts_unanswered_questions;
        CREATE INDEX ix_posts_open_questions ON posts (created_at, topic, source, community)
            WHERE is_question = 1 AND reply_count = 0 AND is_crisis = 0 AND flags & 3 = 0;

        -- The crisis list, likewise.
        CREATE INDEX ix_posts_crisis ON posts (created_at, topic, source, community)
            WHERE is_crisis = 1 AND flags & 3 = 0;
        """;
}
