namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 4: list indexes that answer pages and totals alone, and day totals per topic.</summary>
internal static class QuerySpeedSchema
{
    public const int Version = 4;

    // A row's counts enter the totals of its day and topic (NEW) or leave them (OLD); a total
    // whose last post left is removed, as post_day_counts does with its own rows.
    private const string AddNew = """
        INSERT INTO post_day_topic_counts (day, topic, posts, questions, medication_questions, crisis, unanswered)
        VALUES (NEW.day, NEW.topic, NEW.posts, NEW.questions, NEW.medication_questions, NEW.crisis, NEW.unanswered)
        ON CONFLICT (day, topic) DO UPDATE SET
            posts = posts + excluded.posts,
            questions = questions + excluded.questions,
            medication_questions = medication_questions + excluded.medication_questions,
            crisis = crisis + excluded.crisis,
            unanswered = unanswered + excluded.unanswered;
        """;

    private const string SubtractOld = """
        UPDATE post_day_topic_counts SET
            posts = posts - OLD.posts,
            questions = questions - OLD.questions,
            medication_questions = medication_questions - OLD.medication_questions,
            crisis = crisis - OLD.crisis,
            unanswered = unanswered - OLD.unanswered
        WHERE day = OLD.day AND topic = OLD.topic;
        DELETE FROM post_day_topic_counts WHERE day = OLD.day AND topic = OLD.topic AND posts = 0;
        """;

    // is_marked mirrors post_marks (kept by the triggers) so that the open-question index can leave
    // marked posts out: a NOT EXISTS probe per listed row cost more than the rest of the query.
    //
    // The list indexes gain score, so that a page of ids in either order, and the total, are read
    // from the index alone; only the page's own rows are then fetched from the table. They also
    // carry the columns of their own predicate: SQLite counts an index as covering only when it
    // holds every column the query names, and these small, mostly constant values take a byte or two.
    //
    // post_day_topic_counts sums post_day_counts over sources and communities, kept by triggers in
    // the same statement as every rollup change: the trends the dashboard asks for (every source,
    // every community) read one row per day and topic instead of one per community.
    public const string Sql = $$"""
        ALTER TABLE posts ADD COLUMN is_marked INTEGER NOT NULL DEFAULT 0 CHECK (is_marked IN (0, 1));
        UPDATE posts SET is_marked = 1 WHERE id IN (SELECT post_id FROM post_marks);
        CREATE TRIGGER post_marks_inserted AFTER INSERT ON post_marks BEGIN
            UPDATE posts SET is_marked = 1 WHERE id = NEW.post_id;
        END;
        CREATE TRIGGER post_marks_deleted AFTER DELETE ON post_marks BEGIN
            UPDATE posts SET is_marked = 0 WHERE id = OLD.post_id;
        END;

        DROP INDEX ix_posts_open_questions;
        CREATE INDEX ix_posts_open_questions
            ON posts (created_at, topic, source, community, score, is_question, reply_count, is_crisis, flags, is_marked)
            WHERE is_question = 1 AND reply_count = 0 AND is_crisis = 0 AND flags & 3 = 0 AND is_marked = 0;
        DROP INDEX ix_posts_crisis;
        CREATE INDEX ix_posts_crisis ON posts (created_at, topic, source, community, score, is_crisis, flags)
            WHERE is_crisis = 1 AND flags & 3 = 0;

        CREATE TABLE post_day_topic_counts (
            day                   INTEGER NOT NULL,
            topic                 TEXT    NOT NULL,
            posts                 INTEGER NOT NULL DEFAULT 0,
            questions             INTEGER NOT NULL DEFAULT 0,
            medication_questions  INTEGER NOT NULL DEFAULT 0,
            crisis                INTEGER NOT NULL DEFAULT 0,
            unanswered            INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, topic)
        ) WITHOUT ROWID;
        INSERT INTO post_day_topic_counts (day, topic, posts, questions, medication_questions, crisis, unanswered)
            SELECT day, topic, SUM(posts), SUM(questions), SUM(medication_questions), SUM(crisis), SUM(unanswered)
            FROM post_day_counts GROUP BY day, topic;

        CREATE TRIGGER post_day_counts_inserted AFTER INSERT ON post_day_counts BEGIN
            {{AddNew}}
        END;
        CREATE TRIGGER post_day_counts_updated AFTER UPDATE ON post_day_counts BEGIN
            {{SubtractOld}}
            {{AddNew}}
        END;
        CREATE TRIGGER post_day_counts_deleted AFTER DELETE ON post_day_counts BEGIN
            {{SubtractOld}}
        END;
        """;
}
