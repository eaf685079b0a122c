using System.Collections.Concurrent;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Trends;

/// <summary>
/// Keeps trend answers for a short while: dashboards ask the same queries again and again, and the
/// counts only move when a collection pass lands. An answer is dropped as soon as the store notes a
/// committed write, so a dashboard never shows the counts from before a pass; the lifetime bounds
/// how long writes by another process on the same file go unseen. Kept in the handler, behind the
/// key filter, rather than as an output cache that would answer before the key is checked.
/// </summary>
internal sealed class TrendsCache(IInsightsStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>More distinct queries than a few dashboards ask; beyond it, stale and old answers go first.</summary>
    public const int MaxEntries = 512;

    private readonly ConcurrentDictionary<TrendQuery, TrendsCacheEntry> _entries = new();

    public int Count => _entries.Count;

    public async Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        // Read before the query runs: a write that commits meanwhile leaves this entry already stale.
        var version = store.ChangeVersion;
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(query, out var entry) && entry.IsFresh(version, now))
        {
            return entry.Series;
        }

        var series = await store.GetTrendsAsync(query, cancellationToken);
        if (!_entries.ContainsKey(query) && _entries.Count >= MaxEntries)
        {
            Trim(version, now);
        }

        _entries[query] = new TrendsCacheEntry(series, version, now + Lifetime);
        return series;
    }

    private void Trim(long version, DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (!entry.IsFresh(version, now))
            {
                _entries.TryRemove(key, out _);
            }
        }

        // Every entry still fresh: a burst of distinct queries. Starting over keeps memory bounded.
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }
}
