using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Postgres.Insights;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthShire.Listener.Tests.Storage.Postgres;

/// <summary>
/// A SQLite store (the reference) and a PostgreSQL store on one clock and one time zone; every call goes to both and
/// their answers must be equal, compared line by line as JSON so that records holding lists compare by value.
/// </summary>
internal sealed class StoreParity : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly TemporaryStore _sqlite;
    private readonly PostgresTemporaryDatabase _postgres;
    private readonly (IPostStore Posts, IInsightsStore Insights) _reference;
    private readonly (IPostStore Posts, IInsightsStore Insights) _other;

    private StoreParity(TemporaryStore sqlite, PostgresTemporaryDatabase postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
        _reference = (sqlite.Store, sqlite.Insights);
        _other = (postgres.PostStore(), new PostgresInsightsStore(postgres.Database, postgres.Calendar, postgres.Time, NullLogger<PostgresInsightsStore>.Instance));
    }

    public ListenerCalendar Calendar => _sqlite.Calendar;

    public DateTimeOffset Now => _sqlite.Time.GetUtcNow();

    public DateOnly Today => Calendar.Today(_sqlite.Time);

    /// <summary>Both stores, migrated, days cut in <paramref name="zone"/>, clocks at <paramref name="now"/> (skipped without PostgreSQL).</summary>
    public static async Task<StoreParity> CreateAsync(TimeZoneInfo zone, DateTimeOffset now)
    {
        var postgres = await PostgresTemporaryDatabase.CreateAsync(zone: zone);

        var parity = new StoreParity(await TemporaryStore.CreateAsync(zone: zone), postgres);
        parity.SetTime(now);
        await parity._other.Posts.MigrateAsync(TestContext.Current.CancellationToken);
        return parity;
    }

    public void SetTime(DateTimeOffset now)
    {
        _sqlite.Time.SetUtcNow(now);
        _postgres.Time.SetUtcNow(now);
    }

    /// <summary>Makes the same call on both stores and asserts the answers are equal; returns the SQLite one.</summary>
    public async Task<T> SameAsync<T>(string what, Func<IPostStore, IInsightsStore, Task<T>> call)
    {
        var expected = await call(_reference.Posts, _reference.Insights);
        var actual = await call(_other.Posts, _other.Insights);
        AssertSame(what, expected, actual);
        return expected;
    }

    /// <summary>As <see cref="SameAsync{T}"/> for a streamed answer.</summary>
    public Task<List<T>> SameAsync<T>(string what, Func<IPostStore, IInsightsStore, IAsyncEnumerable<T>> call) =>
        SameAsync(what, async (posts, insights) => await call(posts, insights).ToListAsync(TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _sqlite.DisposeAsync();
    }

    private static void AssertSame<T>(string what, T expected, T actual)
    {
        var sqlite = Lines(expected).ToList();
        var postgres = Lines(actual).ToList();
        for (var i = 0; i < Math.Max(sqlite.Count, postgres.Count); i++)
        {
            var left = i < sqlite.Count ? sqlite[i] : "(none)";
            var right = i < postgres.Count ? postgres[i] : "(none)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                Assert.Fail($"{what}: line {i} of {sqlite.Count} (SQLite) / {postgres.Count} (PostgreSQL) differs.\nSQLite:     {left}\nPostgreSQL: {right}");
            }
        }
    }

    // One line per item, so that a difference is reported where it is rather than as two walls of JSON.
    private static IEnumerable<string> Lines(object? value) => value switch
    {
        PostPage page => [$"page {page.Page} of {page.PageSize}, total {page.Total}", .. page.Items.Select(Serialise)],
        StoreStatus status => [.. status.Communities.Select(Serialise), .. status.Checkpoints.Select(Serialise)],
        IReadOnlyDictionary<string, Checkpoint> checkpoints =>
            checkpoints.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " => " + Serialise(pair.Value)),
        IEnumerable<TrendSeries> series =>
            series.SelectMany(one => one.Points.Select(point => one.Topic + " " + Serialise(point)).Prepend($"series {one.Topic}: {one.Points.Count} points")),
        string text => [text],
        IEnumerable items => items.Cast<object?>().Select(Serialise),
        _ => [Serialise(value)],
    };

    private static string Serialise(object? value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), Json);
}
