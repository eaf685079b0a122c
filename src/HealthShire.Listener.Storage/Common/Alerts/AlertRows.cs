using System.Data.Common;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Common.Alerts;

/// <summary>The alert tables' rows and the values their columns hold, the same on every store.</summary>
internal static class AlertRows
{
    /// <summary>The select list <see cref="Rule"/> expects.</summary>
    public const string RuleColumns = "id, kind, subject, threshold, email, webhook, created_at";

    /// <summary>
    /// The select list of <see cref="Fired"/>, over <c>alert_sends</c> grouped by rule, subject and period, of the rows
    /// sent; the caller adds its own bounds and order.
    /// </summary>
    public const string FiredColumns = "rule_id, MIN(kind), subject, period, MAX(value), MIN(detected_at)";

    public const string Sent = "sent";

    public const string Failed = "failed";

    private const int MaxErrorLength = 500;

    public static AlertRule Rule(DbDataReader reader, TimeReader time) => new(
        reader.GetInt64(0),
        Kind(reader.GetString(1)),
        reader.GetString(2),
        reader.GetDouble(3),
        DbRows.StringOrNull(reader, 4),
        DbRows.StringOrNull(reader, 5),
        time(reader, 6));

    public static FiredAlert Fired(DbDataReader reader, TimeReader time) => new(
        reader.GetInt64(0),
        Kind(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetDouble(4),
        time(reader, 5));

    /// <summary>The error kept with a failed delivery, cut to the column's length.</summary>
    public static string ErrorOf(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private static AlertKind Kind(string name) => AlertNames.TryParseKind(name, out var kind)
        ? kind
        : throw new InvalidDataException($"alert_rules.kind holds '{name}', which this build does not know.");
}
