using HealthShire.Listener.Core.Insights;
using Microsoft.Extensions.Caching.Memory;

namespace HealthShire.Listener.Api.Trends;

/// <summary>
/// Keeps trend answers for a short while: dashboards ask the same few queries again and again, and
/// the counts only move when a collection pass lands. Kept in the handler, behind the key filter,
/// rather than as an output cache that would answer before the key is checked.
/// </summary>
internal sealed class TrendsCache(IInsightsStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public async Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(query, out IReadOnlyList<TrendSeries>? cached) && cached is not null)
        {
            return cached;
        }

        var series = await store.GetTrendsAsync(query, cancellationToken);
        _cache.Set(query, series, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = time.GetUtcNow() + Lifetime });
        return series;
    }

    public void Dispose() => _cache.Dispose();
}
