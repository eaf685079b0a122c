using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>Each medication's latest full week against the week before, and its open questions (<see cref="MedicationWeeks"/>).</summary>
internal sealed class SqliteMedicationWeeks(SqliteDatabase database)
{
    public async Task<IReadOnlyList<MedicationWeek>> GetAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken)
    {
        var weeks = new MedicationWeeks(today);
        await using var connection = await database.OpenAsync(cancellationToken);

        // One read transaction, so that both counts describe the same moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = MedicationWeeks.WeeksSql("$previous", "$latest", "$last");
            command.Parameters.AddWithValue("$previous", weeks.PreviousDay);
            command.Parameters.AddWithValue("$latest", weeks.LatestDay);
            command.Parameters.AddWithValue("$last", weeks.LastDay);
            await weeks.AddWeeksAsync(command, cancellationToken);
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = MedicationWeeks.OpenSql(SqliteListKind.OpenQuestions.Predicate, "$since");
            var query = new PostQuery(null, null, null, questionMaxAge, QuestionOrder.Newest, 1, 1);
            var since = ListedPostRows.CreatedSince(query, now) is { } createdSince ? SqliteTime.ToStored(createdSince) : long.MinValue;
            command.Parameters.AddWithValue("$since", since);
            await weeks.AddOpenAsync(command, cancellationToken);
        }

        return weeks.ToList();
    }
}
