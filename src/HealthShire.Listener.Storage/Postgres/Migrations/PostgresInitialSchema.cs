namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>
/// Schema version 1 on PostgreSQL: the same tables as the SQLite store at its version 4 (posts, checkpoints, marks, day
/// rollups, store settings, digest subscribers and sends), in PostgreSQL's own types.
/// </summary>
internal static class PostgresInitialSchema
{
    // Times are timestamptz (UTC instants); flags is the PostFlags bit set (1 deleted, 2 removed, 4 over-18); tag
    // columns are nullable so a post can be stored before a model tagged it. day in the rollups is the calendar day in
    // Listener:TimeZone as days since 1970-01-01, cut in code like on SQLite.
    //
    // Several nodes write at once on this store: rollup rows are upserted (INSERT ... ON CONFLICT) in key order so
    // that two batches never wait on each other's rows in opposite orders, and post_day_topic_counts is kept by a
    // trigger in the same statement as post_day_counts.
    public const string Sql = """
        CREATE TABLE posts (
            id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source                     text        NOT NULL CHECK (source <> ''),
            source_id                  text        NOT NULL CHECK (source_id <> ''),
            community                  text        NOT NULL,
            title                      text        NOT NULL DEFAULT '',
            body                       text        NOT NULL DEFAULT '',
            author_pseudonym           text,
            url                        text        NOT NULL DEFAULT '',
            created_at                 timestamptz NOT NULL,
            score                      integer     NOT NULL DEFAULT 0,
            reply_count                integer     NOT NULL DEFAULT 0,
            flags                      integer     NOT NULL DEFAULT 0,
            first_seen_at              timestamptz NOT NULL,
            last_seen_at               timestamptz NOT NULL,
            topic                      text,
            topic_probability          real,
            is_question                boolean,
            question_score             real,
            is_medication              boolean,
            medication_score           real,
            is_medication_question     boolean,
            medication_question_score  real,
            is_crisis                  boolean,
            crisis_score               real,
            model_version              text,
            tagged_at                  timestamptz,
            is_marked                  boolean     NOT NULL DEFAULT false,
            UNIQUE (source, source_id)
        );
        CREATE INDEX ix_posts_source_community ON posts (source, community);
        CREATE INDEX ix_posts_source_created_at ON posts (source, created_at);
        CREATE INDEX ix_posts_created_at ON posts (created_at);
        -- The provider lists read a page of ids in either order, and the total, from these indexes alone (id is
        -- included for that); only the page's own rows are then read from the table.
        CREATE INDEX ix_posts_open_questions ON posts (created_at, topic, source, community, score) INCLUDE (id)
            WHERE is_question AND reply_count = 0 AND NOT is_crisis AND flags & 3 = 0 AND NOT is_marked;
        CREATE INDEX ix_posts_crisis ON posts (created_at, topic, source, community, score) INCLUDE (id)
            WHERE is_crisis AND flags & 3 = 0;

        -- Resume points; the X read budget is kept here too (key per month, value the count).
        CREATE TABLE checkpoints (
            source      text        NOT NULL,
            key         text        NOT NULL,
            value       text        NOT NULL,
            updated_at  timestamptz NOT NULL,
            PRIMARY KEY (source, key)
        );

        -- What a reader did with a post; posts.is_marked mirrors it (kept by the triggers below) for the open-question index.
        CREATE TABLE post_marks (
            post_id    bigint      NOT NULL PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
            mark       text        NOT NULL CHECK (mark IN ('engaged', 'dismissed')),
            marked_at  timestamptz NOT NULL
        );
        CREATE FUNCTION post_marks_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                UPDATE posts SET is_marked = false WHERE id = OLD.post_id;
                RETURN OLD;
            END IF;
            UPDATE posts SET is_marked = true WHERE id = NEW.post_id AND NOT is_marked;
            RETURN NEW;
        END $$;
        CREATE TRIGGER post_marks_mirror AFTER INSERT OR DELETE ON post_marks
            FOR EACH ROW EXECUTE FUNCTION post_marks_mirror();

        -- unanswered = tagged question, reply_count 0, not deleted or removed, not crisis; untagged posts are not counted.
        CREATE TABLE post_day_counts (
            day                   integer NOT NULL,
            topic                 text    NOT NULL,
            source                text    NOT NULL,
            community             text    NOT NULL,
            posts                 integer NOT NULL DEFAULT 0,
            questions             integer NOT NULL DEFAULT 0,
            medication_questions  integer NOT NULL DEFAULT 0,
            crisis                integer NOT NULL DEFAULT 0,
            unanswered            integer NOT NULL DEFAULT 0,
            PRIMARY KEY (day, topic, source, community)
        );
        CREATE TABLE post_day_topic_counts (
            day                   integer NOT NULL,
            topic                 text    NOT NULL,
            posts                 integer NOT NULL DEFAULT 0,
            questions             integer NOT NULL DEFAULT 0,
            medication_questions  integer NOT NULL DEFAULT 0,
            crisis                integer NOT NULL DEFAULT 0,
            unanswered            integer NOT NULL DEFAULT 0,
            PRIMARY KEY (day, topic)
        );
        -- A row's counts enter the totals of its day and topic (NEW) or leave them (OLD); a total whose last post left is removed.
        CREATE FUNCTION post_day_topic_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE post_day_topic_counts SET
                    posts = posts - OLD.posts,
                    questions = questions - OLD.questions,
                    medication_questions = medication_questions - OLD.medication_questions,
                    crisis = crisis - OLD.crisis,
                    unanswered = unanswered - OLD.unanswered
                WHERE day = OLD.day AND topic = OLD.topic;
                DELETE FROM post_day_topic_counts WHERE day = OLD.day AND topic = OLD.topic AND posts = 0;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO post_day_topic_counts (day, topic, posts, questions, medication_questions, crisis, unanswered)
                VALUES (NEW.day, NEW.topic, NEW.posts, NEW.questions, NEW.medication_questions, NEW.crisis, NEW.unanswered)
                ON CONFLICT (day, topic) DO UPDATE SET
                    posts = post_day_topic_counts.posts + excluded.posts,
                    questions = post_day_topic_counts.questions + excluded.questions,
                    medication_questions = post_day_topic_counts.medication_questions + excluded.medication_questions,
                    crisis = post_day_topic_counts.crisis + excluded.crisis,
                    unanswered = post_day_topic_counts.unanswered + excluded.unanswered;
                DELETE FROM post_day_topic_counts WHERE day = NEW.day AND topic = NEW.topic AND posts = 0;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER post_day_counts_totals AFTER INSERT OR UPDATE OR DELETE ON post_day_counts
            FOR EACH ROW EXECUTE FUNCTION post_day_topic_counts_keep();

        -- rollup_time_zone records the zone the rollups were cut in.
        CREATE TABLE store_settings (
            key    text NOT NULL PRIMARY KEY,
            value  text NOT NULL
        );

        -- Topics and sources are comma-separated names (empty for all); send_day is .NET's DayOfWeek (0 Sunday).
        -- Addresses compare without case: the unique keys are on lower(address).
        CREATE TABLE digest_subscribers (
            address       text        NOT NULL CHECK (address <> ''),
            display_name  text        NOT NULL DEFAULT '',
            topics        text        NOT NULL DEFAULT '',
            sources       text        NOT NULL DEFAULT '',
            time_zone     text        NOT NULL,
            send_day      integer     NOT NULL CHECK (send_day BETWEEN 0 AND 6),
            send_hour     integer     NOT NULL CHECK (send_hour BETWEEN 0 AND 23),
            created_at    timestamptz NOT NULL,
            updated_at    timestamptz NOT NULL
        );
        CREATE UNIQUE INDEX ux_digest_subscribers_address ON digest_subscribers (lower(address));
        -- The key of digest_sends is the lock that makes a week go out once: a run claims a week with one
        -- conditional upsert, and only the run whose statement changed the row sends.
        CREATE TABLE digest_sends (
            address      text        NOT NULL,
            week         text        NOT NULL,
            state        text        NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            attempt      integer     NOT NULL CHECK (attempt > 0),
            started_at   timestamptz NOT NULL,
            finished_at  timestamptz,
            error        text
        );
        CREATE UNIQUE INDEX ux_digest_sends_address_week ON digest_sends (lower(address), week);
        """;
}
