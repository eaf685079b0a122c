namespace HealthShire.Listener.Storage.Sqlite.Migrations;

/// <summary>Schema version 3: digest subscribers and what was sent to them per ISO week.</summary>
internal static class DigestSchema
{
    public const int Version = 3;

    // Topics and sources are comma-separated names (empty for all); names never hold a comma.
    // send_day is .NET's DayOfWeek (0 Sunday). Addresses compare without case in both tables.
    //
    // The primary key of digest_sends is the lock that makes a week go out once: a run claims a
    // week with one conditional upsert, and only the run whose statement changed the row sends.
    public const string Sql = """
        CREATE TABLE digest_subscribers (
            address       TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (address <> ''),
            display_name  TEXT    NOT NULL DEFAULT '',
            topics        TEXT    NOT NULL DEFAULT '',
            sources       TEXT    NOT NULL DEFAULT '',
            time_zone     TEXT    NOT NULL,
            send_day      INTEGER NOT NULL CHECK (send_day BETWEEN 0 AND 6),
            send_hour     INTEGER NOT NULL CHECK (send_hour BETWEEN 0 AND 23),
            created_at    INTEGER NOT NULL,
            updated_at    INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE digest_sends (
            address      TEXT    NOT NULL COLLATE NOCASE,
            week         TEXT    NOT NULL,
            state        TEXT    NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            attempt      INTEGER NOT NULL CHECK (attempt > 0),
            started_at   INTEGER NOT NULL,
            finished_at  INTEGER,
            error        TEXT,
            PRIMARY KEY (address, week)
        ) WITHOUT ROWID;
        """;
}
