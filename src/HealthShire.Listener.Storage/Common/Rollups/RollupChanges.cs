using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>
/// How a batch of writes changes the day rollups, summed per key in memory so that each store writes one upsert per
/// key however many posts moved; the same bookkeeping on every database. A post that names medications moves the
/// medication rollups of each of them by the same counts.
/// </summary>
internal sealed class RollupChanges(ListenerCalendar calendar)
{
    private readonly Dictionary<RollupKey, RollupCounts> _changes = [];
    private readonly Dictionary<MedicationRollupKey, RollupCounts> _medicationChanges = [];

    // Posts of a batch cluster on a few days; converting each instant through the zone rules costs more than a lookup.
    private readonly Dictionary<long, int> _dayOfQuarter = [];

    public int Count => _changes.Count;

    /// <summary>Records that a post went from <paramref name="before"/> (null: new) to <paramref name="after"/>.</summary>
    public void Move(string source, RollupRow? before, RollupRow? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is { } old)
        {
            Add(source, old, negate: true);
        }

        if (after is { } now)
        {
            Add(source, now, negate: false);
        }
    }

    /// <summary>The changes that move a count, by key in ordinal order (the order every node takes row locks in).</summary>
    public IReadOnlyList<KeyValuePair<RollupKey, RollupCounts>> NonZero() =>
    [
        .. _changes.Where(change => !change.Value.IsZero)
            .OrderBy(change => change.Key.Day)
            .ThenBy(change => change.Key.Topic, StringComparer.Ordinal)
            .ThenBy(change => change.Key.Source, StringComparer.Ordinal)
            .ThenBy(change => change.Key.Community, StringComparer.Ordinal),
    ];

    /// <summary>The medication rollup changes that move a count, in key order (see <see cref="NonZero"/>).</summary>
    public IReadOnlyList<KeyValuePair<MedicationRollupKey, RollupCounts>> MedicationNonZero() =>
    [
        .. _medicationChanges.Where(change => !change.Value.IsZero)
            .OrderBy(change => change.Key.Medication, StringComparer.Ordinal)
            .ThenBy(change => change.Key.Day)
            .ThenBy(change => change.Key.Topic, StringComparer.Ordinal)
            .ThenBy(change => change.Key.Source, StringComparer.Ordinal)
            .ThenBy(change => change.Key.Community, StringComparer.Ordinal),
    ];

    public void Clear()
    {
        _changes.Clear();
        _medicationChanges.Clear();
    }

    private void Add(string source, RollupRow row, bool negate)
    {
        if (row.Topic is null)
        {
            return;
        }

        var key = new RollupKey(DayOf(row.CreatedAt), row.Topic, source, row.Community);
        var counts = RollupCounts.Of(row);
        var change = negate ? -counts : counts;
        _changes[key] = _changes.GetValueOrDefault(key) + change;
        if (row.Medications.Length == 0)
        {
            return;
        }

        foreach (var medication in row.Medications.Split(','))
        {
            var medicationKey = new MedicationRollupKey(medication, key.Day, key.Topic, key.Source, key.Community);
            _medicationChanges[medicationKey] = _medicationChanges.GetValueOrDefault(medicationKey) + change;
        }
    }

    // Zone offsets (since long before any post) are whole quarter hours and change on quarter-hour
    // boundaries, so every instant of one UTC quarter hour falls on the same local day.
    private int DayOf(long createdAt)
    {
        var quarter = Math.DivRem(createdAt, 900_000, out var rest) - (rest < 0 ? 1 : 0);
        if (!_dayOfQuarter.TryGetValue(quarter, out var day))
        {
            day = EpochDay.From(calendar.DayOf(DateTimeOffset.FromUnixTimeMilliseconds(quarter * 900_000)));
            _dayOfQuarter[quarter] = day;
        }

        return day;
    }
}
