namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>
/// Schema version 2 on PostgreSQL, as version 5 on SQLite: the medications each post names, the medication day
/// rollups, and replies kept off the open-question list.
/// </summary>
internal static class PostgresMedicationSchema
{
    public const int Version = 2;

    // posts.medications is the tag as the classifier made it (generic names joined by commas); post_medications holds
    // one row per post and name, kept from the column by the trigger in the statement that writes the post.
    // post_day_medication_counts is post_day_counts narrowed to the posts naming one medication, upserted in code in
    // key order in the transaction of every write, like post_day_counts. A reply (flags & 8) is never an open question.
    public const string Sql = """
        ALTER TABLE posts ADD COLUMN medications text;

        CREATE TABLE post_medications (
            medication  text   NOT NULL,
            post_id     bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            PRIMARY KEY (medication, post_id)
        );
        CREATE INDEX ix_post_medications_post ON post_medications (post_id);

        CREATE FUNCTION post_medications_keep() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF OLD.medications IS NOT DISTINCT FROM NEW.medications THEN
                    RETURN NULL;
                END IF;
                DELETE FROM post_medications WHERE post_id = NEW.id;
            END IF;
            INSERT INTO post_medications (medication, post_id)
                SELECT DISTINCT name, NEW.id FROM unnest(string_to_array(NULLIF(NEW.medications, ''), ',')) AS name;
            RETURN NULL;
        END $$;
        CREATE TRIGGER post_medications_keep AFTER INSERT OR UPDATE OF medications ON posts
            FOR EACH ROW EXECUTE FUNCTION post_medications_keep();

        CREATE TABLE post_day_medication_counts (
            medication            text    NOT NULL,
            day                   integer NOT NULL,
            topic                 text    NOT NULL,
            source                text    NOT NULL,
            community             text    NOT NULL,
            posts                 integer NOT NULL DEFAULT 0,
            questions             integer NOT NULL DEFAULT 0,
            medication_questions  integer NOT NULL DEFAULT 0,
            crisis                integer NOT NULL DEFAULT 0,
            unanswered            integer NOT NULL DEFAULT 0,
            PRIMARY KEY (medication, day, topic, source, community)
        );

        DROP INDEX ix_posts_open_questions;
        CREATE INDEX ix_posts_open_questions ON posts (created_at, topic, source, community, score) INCLUDE (id)
            WHERE is_question AND reply_count = 0 AND NOT is_crisis AND flags & 11 = 0 AND NOT is_marked;
        """;
}
