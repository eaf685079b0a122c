namespace HealthShire.Listener.Storage.Postgres.Migrations;

/// <summary>Schema version 4 on PostgreSQL, as version 7 on SQLite: spike alert rules and what was delivered for them.</summary>
internal static class PostgresAlertSchema
{
    public const int Version = 4;

    // subject is '' for a rule on every subject of its kind; ids are never reused. The primary key of alert_sends is
    // the lock that makes one delivery go out once, across nodes: concurrent upserts on one key wait for each other,
    // and the second finds the condition false. value and detected_at are those of the first attempt.
    public const string Sql = """
        CREATE TABLE alert_rules (
            id          bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind        text             NOT NULL CHECK (kind IN ('topic', 'medication', 'crisis')),
            subject     text             NOT NULL DEFAULT '',
            threshold   double precision NOT NULL CHECK (threshold > 0),
            email       text,
            webhook     text,
            created_at  timestamptz      NOT NULL
        );

        CREATE TABLE alert_sends (
            rule_id      bigint           NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
            subject      text             NOT NULL,
            period       text             NOT NULL,
            channel      text             NOT NULL CHECK (channel IN ('email', 'webhook')),
            kind         text             NOT NULL,
            value        double precision NOT NULL,
            detected_at  timestamptz      NOT NULL,
            state        text             NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            attempt      integer          NOT NULL CHECK (attempt > 0),
            started_at   timestamptz      NOT NULL,
            finished_at  timestamptz,
            error        text,
            PRIMARY KEY (rule_id, subject, period, channel)
        );
        CREATE INDEX ix_alert_sends_detected ON alert_sends (detected_at);
        """;
}
