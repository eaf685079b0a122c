using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Insights;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// Streams tagged posts for an export, oldest first; the author pseudonym is read only when asked for. A post flagged
/// as a crisis keeps its row and tags (so the counts add up) but not its title, body, link or pseudonym: exports go
/// to marketers' spreadsheets, and someone in crisis must never become a lead. Staff reach those posts in the crisis view.
/// </summary>
internal sealed class PostgresPostExport(PostgresDatabase database, ListenerCalendar calendar)
{
    private const string Columns =
        "source, source_id, community, created_at, topic, topic_probability, is_question, is_medication, " +
        "is_medication_question, is_crisis, score, reply_count, url, title, body";

    public async IAsyncEnumerable<ExportedPost> ExportAsync(ExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (query.To < query.From)
        {
            throw new ArgumentException($"The export range ends ({query.To:yyyy-MM-dd}) before it starts ({query.From:yyyy-MM-dd}).", nameof(query));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var pseudonym = query.IncludeAuthorPseudonyms ? ", author_pseudonym" : string.Empty;
        var from = PostgresFilters.Add(command, calendar.StartOf(query.From).ToUniversalTime());
        var to = PostgresFilters.Add(command, calendar.StartOf(query.To.AddDays(1)).ToUniversalTime());
        var filters = PostgresFilters.Equal(command, query.Topic, null, null);
        command.CommandText = $"""
            SELECT {Columns}{pseudonym} FROM posts
            WHERE topic IS NOT NULL AND created_at >= {from} AND created_at < {to}{filters}
            ORDER BY created_at, id;
            """;

        // Npgsql hands rows over as they arrive, so an export of any size is never held in memory whole.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var crisis = IsSet(reader, 9);
            yield return new ExportedPost(
                PostId.Format(reader.GetString(0), reader.GetString(1)),
                reader.GetString(0),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? 0f : reader.GetFloat(5),
                IsSet(reader, 6),
                IsSet(reader, 7),
                IsSet(reader, 8),
                crisis,
                reader.GetInt32(10),
                reader.GetInt32(11),
                crisis ? string.Empty : reader.GetString(12),
                crisis ? string.Empty : reader.GetString(13),
                crisis ? string.Empty : reader.GetString(14),
                query.IncludeAuthorPseudonyms && !crisis && !reader.IsDBNull(15) ? reader.GetString(15) : null);
        }
    }

    private static bool IsSet(NpgsqlDataReader reader, int ordinal) => !reader.IsDBNull(ordinal) && reader.GetBoolean(ordinal);
}
