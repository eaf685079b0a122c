using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>Answers trend queries with an empty series and counts how often it was asked; nothing else is expected.</summary>
internal sealed class CountingInsightsStore : IInsightsStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public long ChangeVersion { get; private set; }

    /// <summary>Acts as if a write committed.</summary>
    public void NoteWrite() => ChangeVersion++;

    public Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult<IReadOnlyList<TrendSeries>>([new TrendSeries("adhd", [])]);
    }

    public Task<IReadOnlyList<RisingTopic>> GetRisingTopicsAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<MedicationWeek>> GetMedicationWeeksAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PostPage> GetOpenQuestionsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PostPage> GetPostsAsync(PostSearch search, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<StoredCommunity>> GetCommunitiesAsync(int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PostPage> GetCrisisPostsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> MarkAsync(string source, string sourceId, PostMark mark, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> ClearTextOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<ExportedPost> ExportPostsAsync(ExportQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
