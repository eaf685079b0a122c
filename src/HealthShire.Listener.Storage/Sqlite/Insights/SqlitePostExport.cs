using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// Streams tagged posts for an export, oldest first; the author pseudonym is read only when asked for, and a crisis
/// post's text, link and pseudonym are withheld (<see cref="ExportRows"/>). Staff reach those posts in the crisis view.
/// </summary>
internal sealed class SqlitePostExport(SqliteDatabase database, ListenerCalendar calendar)
{
    public async IAsyncEnumerable<ExportedPost> ExportAsync(ExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ExportRows.ThrowIfInvalid(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var pseudonym = query.IncludeAuthorPseudonyms ? ExportRows.PseudonymColumn : string.Empty;
        var filters = SqliteFilters.Equal(command, query.Topic, query.Source, query.Community);
        command.CommandText = $"""
            SELECT {ExportRows.Columns}{pseudonym} FROM posts
            WHERE topic IS NOT NULL AND created_at >= $from AND created_at < $to{filters}
            ORDER BY created_at, id;
            """;
        var (from, to) = ExportRows.Range(query, calendar);
        command.Parameters.AddWithValue("$from", SqliteTime.ToStored(from));
        command.Parameters.AddWithValue("$to", SqliteTime.ToStored(to));

        var rows = DbRows.StreamAsync(command, reader => ExportRows.Read(reader, query.IncludeAuthorPseudonyms, SqliteTime.Read), cancellationToken);
        await foreach (var post in rows)
        {
            yield return post;
        }
    }
}
