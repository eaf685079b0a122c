using System.Data.Common;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>
/// The rows of an export. A post flagged as a crisis keeps its row and tags (so the counts add up) but not its title,
/// body, link or pseudonym: exports go to marketers' spreadsheets, and someone in crisis must never become a lead.
/// </summary>
internal static class ExportRows
{
    /// <summary>The select list <see cref="Read"/> expects, followed by author_pseudonym when pseudonyms are asked for.</summary>
    public const string Columns =
        "source, source_id, community, created_at, topic, topic_probability, is_question, is_medication, " +
        "is_medication_question, is_crisis, score, reply_count, url, title, body";

    public const string PseudonymColumn = ", author_pseudonym";

    public static void ThrowIfInvalid(ExportQuery query)
    {
        if (query.To < query.From)
        {
            throw new ArgumentException($"The export range ends ({query.To:yyyy-MM-dd}) before it starts ({query.From:yyyy-MM-dd}).", nameof(query));
        }
    }

    /// <summary>The instants an export covers: from the start of its first day to the start of the day after its last.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Range(ExportQuery query, ListenerCalendar calendar) =>
        (calendar.StartOf(query.From), calendar.StartOf(query.To.AddDays(1)));

    public static ExportedPost Read(DbDataReader reader, bool includePseudonym, TimeReader time)
    {
        var crisis = DbRows.IsSet(reader, 9);
        return new ExportedPost(
            PostId.Format(reader.GetString(0), reader.GetString(1)),
            reader.GetString(0),
            reader.GetString(2),
            time(reader, 3),
            reader.GetString(4),
            reader.IsDBNull(5) ? 0f : reader.GetFloat(5),
            DbRows.IsSet(reader, 6),
            DbRows.IsSet(reader, 7),
            DbRows.IsSet(reader, 8),
            crisis,
            reader.GetInt32(10),
            reader.GetInt32(11),
            crisis ? string.Empty : reader.GetString(12),
            crisis ? string.Empty : reader.GetString(13),
            crisis ? string.Empty : reader.GetString(14),
            includePseudonym && !crisis ? DbRows.StringOrNull(reader, 15) : null);
    }
}
