using System.Data.Common;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>
/// The answer of <see cref="IInsightsStore.GetMedicationWeeksAsync"/>, summed from rows that each store selects in its
/// own dialect: week counts from the medication day rollups, open questions from <c>post_medications</c>.
/// </summary>
internal sealed class MedicationWeeks
{
    private readonly Dictionary<string, (long Posts, long Previous, long Open)> _counts = new(StringComparer.Ordinal);

    public MedicationWeeks(DateOnly today)
    {
        WeekStart = ListenerCalendar.WeekStart(today).AddDays(-7);
        LatestDay = EpochDay.From(WeekStart);
        PreviousDay = LatestDay - 7;
        LastDay = LatestDay + 6;
    }

    /// <summary>The Monday of the latest full week.</summary>
    public DateOnly WeekStart { get; }

    /// <summary>The first day of the week before, as a rollup day.</summary>
    public int PreviousDay { get; }

    /// <summary>The first day of the latest full week, as a rollup day.</summary>
    public int LatestDay { get; }

    /// <summary>The last day of the latest full week, as a rollup day.</summary>
    public int LastDay { get; }

    /// <summary>
    /// The week query, given the placeholders of <see cref="PreviousDay"/>, <see cref="LatestDay"/> and
    /// <see cref="LastDay"/>: medication, posts in the latest week, posts in the week before (64-bit sums).
    /// </summary>
    public static string WeeksSql(string previous, string latest, string last) => $"""
        SELECT medication, SUM(CASE WHEN day >= {latest} THEN posts ELSE 0 END), SUM(CASE WHEN day < {latest} THEN posts ELSE 0 END)
        FROM post_day_medication_counts
        WHERE day BETWEEN {previous} AND {last}
        GROUP BY medication
        """;

    /// <summary>The open-question count per medication, given the list's predicate and its lower bound on created_at.</summary>
    public static string OpenSql(string predicate, string since) => $"""
        SELECT m.medication, COUNT(*)
        FROM post_medications m JOIN posts ON posts.id = m.post_id
        WHERE {predicate} AND posts.created_at >= {since}
        GROUP BY m.medication
        """;

    /// <summary>Adds the rows of <see cref="WeeksSql"/>.</summary>
    public async Task AddWeeksAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var counts = _counts.GetValueOrDefault(reader.GetString(0));
            _counts[reader.GetString(0)] = counts with { Posts = reader.GetInt64(1), Previous = reader.GetInt64(2) };
        }
    }

    /// <summary>Adds the rows of <see cref="OpenSql"/>.</summary>
    public async Task AddOpenAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var counts = _counts.GetValueOrDefault(reader.GetString(0));
            _counts[reader.GetString(0)] = counts with { Open = reader.GetInt64(1) };
        }
    }

    /// <summary>Medications with any count, most posts in the latest week first, then by name.</summary>
    public IReadOnlyList<MedicationWeek> ToList() =>
    [
        .. _counts
            .Where(pair => pair.Value != default)
            .Select(pair => new MedicationWeek(
                pair.Key,
                WeekStart,
                pair.Value.Posts,
                pair.Value.Previous,
                pair.Value.Previous == 0 ? null : (pair.Value.Posts - pair.Value.Previous) / (double)pair.Value.Previous,
                pair.Value.Open))
            .OrderByDescending(week => week.Posts)
            .ThenBy(week => week.Medication, StringComparer.Ordinal),
    ];
}
