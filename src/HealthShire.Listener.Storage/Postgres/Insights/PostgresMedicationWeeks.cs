using System.Data;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;
using HealthShire.Listener.Storage.Common.Rows;
using Npgsql;

namespace HealthShire.Listener.Storage.Postgres.Insights;

/// <summary>Each medication's latest full week against the week before, and its open questions (<see cref="MedicationWeeks"/>).</summary>
internal sealed class PostgresMedicationWeeks(PostgresDatabase database)
{
    public async Task<IReadOnlyList<MedicationWeek>> GetAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken)
    {
        var weeks = new MedicationWeeks(today);
        await using var connection = await database.OpenAsync(cancellationToken);

        // One snapshot, so that both counts describe the same moment while other nodes write.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var command = new NpgsqlCommand { Connection = connection, Transaction = transaction })
        {
            command.CommandText = MedicationWeeks.WeeksSql(
                PostgresFilters.Add(command, weeks.PreviousDay), PostgresFilters.Add(command, weeks.LatestDay), PostgresFilters.Add(command, weeks.LastDay));
            await weeks.AddWeeksAsync(command, cancellationToken);
        }

        await using (var command = new NpgsqlCommand { Connection = connection, Transaction = transaction })
        {
            var query = new PostQuery(null, null, null, questionMaxAge, QuestionOrder.Newest, 1, 1);
            var since = PostgresFilters.Add(command, ListedPostRows.CreatedSince(query, now)?.ToUniversalTime() ?? DateTimeOffset.MinValue);
            command.CommandText = MedicationWeeks.OpenSql(PostgresListKind.OpenQuestions.Predicate, since);
            await weeks.AddOpenAsync(command, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return weeks.ToList();
    }
}
