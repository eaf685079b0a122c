using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>
/// Streams tagged posts for an export, oldest first; the author pseudonym is read only when asked for, and a crisis
/// post's text, link and pseudonym are withheld (<see cref="ExportRows"/>). Staff reach those posts in the crisis view.
/// </summary>
internal sealed class PostgresPostExport(PostgresDatabase database, ListenerCalendar calendar)
{
    public async IAsyncEnumerable<ExportedPost> ExportAsync(ExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ExportRows.ThrowIfInvalid(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var pseudonym = query.IncludeAuthorPseudonyms ? ExportRows.PseudonymColumn : string.Empty;
        var range = ExportRows.Range(query, calendar);
        var from = PostgresFilters.Add(command, range.From.ToUniversalTime());
        var to = PostgresFilters.Add(command, range.To.ToUniversalTime());
        var filters = PostgresFilters.Equal(command, query.Topic, query.Source, query.Community);
        command.CommandText = $"""
            SELECT {ExportRows.Columns}{pseudonym} FROM posts
            WHERE topic IS NOT NULL AND created_at >= {from} AND created_at < {to}{filters}
            ORDER BY created_at, id;
            """;

        // Npgsql hands rows over as they arrive, so an export of any size is never held in memory whole.
        var rows = DbRows.StreamAsync(command, reader => ExportRows.Read(reader, query.IncludeAuthorPseudonyms, PostgresTime.Read), cancellationToken);
        await foreach (var post in rows)
        {
            yield return post;
        }
    }
}
