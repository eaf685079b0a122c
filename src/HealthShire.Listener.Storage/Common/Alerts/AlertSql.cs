namespace HealthShire.Listener.Storage.Common.Alerts;

/// <summary>The alert statements both stores run, given each dialect's placeholders (named on SQLite, $n on PostgreSQL).</summary>
internal static class AlertSql
{
    /// <summary>
    /// The claim: one conditional upsert that inserts only while the rule exists, and takes over a failed or abandoned
    /// attempt; it returns a row only to the run that changed one. Placeholders: rule, subject, period, channel, kind,
    /// value, now, abandoned-before.
    /// </summary>
    public static string Claim(string rule, string subject, string period, string channel, string kind, string value, string now, string abandonedBefore) => $"""
        INSERT INTO alert_sends AS s (rule_id, subject, period, channel, kind, value, detected_at, state, attempt, started_at)
        SELECT id, {subject}, {period}, {channel}, {kind}, {value}, {now}, 'sending', 1, {now} FROM alert_rules WHERE id = {rule}
        ON CONFLICT (rule_id, subject, period, channel) DO UPDATE SET
            state = 'sending', attempt = s.attempt + 1, started_at = excluded.started_at, finished_at = NULL, error = NULL
        WHERE s.state = 'failed' OR (s.state = 'sending' AND s.started_at < {abandonedBefore})
        RETURNING attempt, value, detected_at;
        """;

    /// <summary>Marks the claimed attempt. Placeholders: state, now, error, rule, subject, period, channel, attempt.</summary>
    public static string Mark(string state, string now, string error, string rule, string subject, string period, string channel, string attempt) => $"""
        UPDATE alert_sends SET state = {state}, finished_at = {now}, error = {error}
        WHERE rule_id = {rule} AND subject = {subject} AND period = {period} AND channel = {channel}
            AND attempt = {attempt} AND state = 'sending';
        """;

    /// <summary>The fired alerts since a time, newest first. Placeholders: since, limit.</summary>
    public static string Fired(string since, string limit) => $"""
        SELECT {AlertRows.FiredColumns}
        FROM alert_sends
        WHERE state = 'sent' AND detected_at >= {since}
        GROUP BY rule_id, subject, period
        ORDER BY MIN(detected_at) DESC, rule_id, subject
        LIMIT {limit};
        """;
}
