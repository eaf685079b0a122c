namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 7: spike alert rules and what was delivered for them.</summary>
internal static class AlertSchema
{
    public const int Version = 7;

    // subject is '' for a rule on every topic, medication or community of its kind. Ids are never reused
    // (AUTOINCREMENT), so a fired alert listed for a removed rule cannot be read as another rule's.
    //
    // The primary key of alert_sends is the lock that makes one delivery go out once: a run claims it with one
    // conditional upsert, and only the run whose statement changed the row sends. value and detected_at are those of
    // the first attempt, kept by retries.
    public const string Sql = """
        CREATE TABLE alert_rules (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            kind        TEXT    NOT NULL CHECK (kind IN ('topic', 'medication', 'crisis')),
            subject     TEXT    NOT NULL DEFAULT '',
            threshold   REAL    NOT NULL CHECK (threshold > 0),
            email       TEXT,
            webhook     TEXT,
            created_at  INTEGER NOT NULL
        );

        CREATE TABLE alert_sends (
            rule_id      INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
            subject      TEXT    NOT NULL,
            period       TEXT    NOT NULL,
            channel      TEXT    NOT NULL CHECK (channel IN ('email', 'webhook')),
            kind         TEXT    NOT NULL,
            value        REAL    NOT NULL,
            detected_at  INTEGER NOT NULL,
            state        TEXT    NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            attempt      INTEGER NOT NULL CHECK (attempt > 0),
            started_at   INTEGER NOT NULL,
            finished_at  INTEGER,
            error        TEXT,
            PRIMARY KEY (rule_id, subject, period, channel)
        ) WITHOUT ROWID;
        CREATE INDEX ix_alert_sends_detected ON alert_sends (detected_at);
        """;
}
