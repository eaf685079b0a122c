namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>
/// Schema version 5: the medications each post names, the medication day rollups, and replies kept off the
/// open-question list.
/// </summary>
internal static class MedicationSchema
{
    public const int Version = 5;

    // The names as the classifier tagged them, joined by commas (a tag column: a post gone upstream keeps it);
    // post_medications holds one row per post and name for the queries, kept from that column by these triggers
    // in the same statement as the post. Names never hold a comma or a quote, so the column reads as a JSON array.
    private const string Insert = """
        INSERT INTO post_medications (medication, post_id)
            SELECT value, NEW.id FROM json_each('["' || replace(NEW.medications, ',', '","') || '"]')
            WHERE NEW.medications <> '';
        """;

    // post_day_medication_counts is post_day_counts narrowed to the posts naming one medication, kept in code in the
    // transaction of every write that moves a post's counts; its key starts with the medication so that one
    // medication's trend over a range of days is one slice. Posts stored before this version name none until
    // `reclassify` tags them again.
    //
    // A reply inside a thread (flags & 8) is counted in trends but never listed as an open question: the index and the
    // list query test flags & 11 (deleted, removed, reply).
    public const string Sql = $$"""
        ALTER TABLE posts ADD COLUMN medications TEXT;

        CREATE TABLE post_medications (
            medication  TEXT    NOT NULL,
            post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            PRIMARY KEY (medication, post_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_post_medications_post ON post_medications (post_id);

        CREATE TRIGGER posts_medications_inserted AFTER INSERT ON posts WHEN NEW.medications <> '' BEGIN
            {{Insert}}
        END;
        CREATE TRIGGER posts_medications_updated AFTER UPDATE OF medications ON posts
            WHEN OLD.medications IS NOT NEW.medications BEGIN
            DELETE FROM post_medications WHERE post_id = NEW.id;
            {{Insert}}
        END;

        CREATE TABLE post_day_medication_counts (
            medication            TEXT    NOT NULL,
            day                   INTEGER NOT NULL,
            topic                 TEXT    NOT NULL,
            source                TEXT    NOT NULL,
            community             TEXT    NOT NULL,
            posts                 INTEGER NOT NULL DEFAULT 0,
            questions             INTEGER NOT NULL DEFAULT 0,
            medication_questions  INTEGER NOT NULL DEFAULT 0,
            crisis                INTEGER NOT NULL DEFAULT 0,
            unanswered            INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (medication, day, topic, source, community)
        ) WITHOUT ROWID;

        DROP INDEX ix_posts_open_questions;
        CREATE INDEX ix_posts_open_questions
            ON posts (created_at, topic, source, community, score, is_question, reply_count, is_crisis, flags, is_marked)
            WHERE is_question = 1 AND reply_count = 0 AND is_crisis = 0 AND flags & 11 = 0 AND is_marked = 0;
        """;
}
