namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 1.</summary>
internal static class InitialSchema
{
    // Time encoding: every *_at column is INTEGER milliseconds since the Unix epoch, UTC. Integers
    // compare and index as plain numbers (range scans by day or week stay on the index), take 8
    // bytes instead of ~24 for ISO-8601 text, and a UTC day bucket is simply created_at / 86400000.
    //
    // Booleans are INTEGER 0/1; flags is the PostFlags bit set (1 deleted, 2 removed, 4 over-18).
    // Tag columns are nullable so that a post can be stored before a model has tagged it; scores
    // are REAL and may be NULL where the model gave no number.
    public const string Sql = """
        CREATE TABLE posts (
            id                         INTEGER PRIMARY KEY,
            source                     TEXT    NOT NULL CHECK (source <> ''),
            source_id                  TEXT    NOT NULL CHECK (source_id <> ''),
            community                  TEXT    NOT NULL,
            title                      TEXT    NOT NULL DEFAULT '',
            body                       TEXT    NOT NULL DEFAULT '',
            author_pseudonym           TEXT,
            url                        TEXT    NOT NULL DEFAULT '',
            created_at                 INTEGER NOT NULL,
            score                      INTEGER NOT NULL DEFAULT 0,
            reply_count                INTEGER NOT NULL DEFAULT 0,
            flags                      INTEGER NOT NULL DEFAULT 0,
            first_seen_at              INTEGER NOT NULL,
            last_seen_at               INTEGER NOT NULL,
            topic                      TEXT,
            topic_probability          REAL,
            is_question                INTEGER CHECK (is_question IN (0, 1)),
            question_score             REAL,
            is_medication              INTEGER CHECK (is_medication IN (0, 1)),
            medication_score           REAL,
            is_medication_question     INTEGER CHECK (is_medication_question IN (0, 1)),
            medication_question_score  REAL,
            is_crisis                  INTEGER CHECK (is_crisis IN (0, 1)),
            crisis_score               REAL,
            model_version              TEXT,
            tagged_at                  INTEGER,
            UNIQUE (source, source_id)
        );

        -- Status counts and per-community listings.
        CREATE INDEX ix_posts_source_community ON posts (source, community);
        -- Refresh candidates (young posts of one source) and per-source newest post.
        CREATE INDEX ix_posts_source_created_at ON posts (source, created_at);
        -- Trends and retention: every source over a time range.
        CREATE INDEX ix_posts_created_at ON posts (created_at);
        -- The unanswered-questions view reads only this small slice; a refresh that brings a
        -- first reply moves the post out of it.
        CREATE INDEX ix_posts_unanswered_questions ON posts (created_at) WHERE is_question = 1 AND reply_count = 0;

        -- Resume points; the X read budget is kept here too (key per month, value the count).
        CREATE TABLE checkpoints (
            source      TEXT    NOT NULL,
            key         TEXT    NOT NULL,
            value       TEXT    NOT NULL,
            updated_at  INTEGER NOT NULL,
            PRIMARY KEY (source, key)
        ) WITHOUT ROWID;

        -- What a reader did with a post. It refers to posts.id, which survives deletion upstream and
        -- the retention job clearing the text, so a mark outlives the text it was made on.
        CREATE TABLE post_marks (
            post_id    INTEGER NOT NULL PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
            mark       TEXT    NOT NULL CHECK (mark IN ('engaged', 'dismissed')),
            marked_at  INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;
}
