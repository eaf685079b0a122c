using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Tests.Digest;

/// <summary>Answers trend and question queries from lists, remembering what was asked; the rest is not used by the digest.</summary>
internal sealed class StubInsightsStore : IInsightsStore
{
    public long ChangeVersion => 0;

    public Dictionary<string, IReadOnlyList<TrendSeries>> SeriesBySource { get; } = new(StringComparer.Ordinal);

    public List<ListedPost> Questions { get; } = [];

    public List<RisingTopic> Rising { get; } = [];

    public List<TrendQuery> TrendQueries { get; } = [];

    public List<PostQuery> QuestionQueries { get; } = [];

    public Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        TrendQueries.Add(query);
        return Task.FromResult(SeriesBySource.GetValueOrDefault(query.Source ?? "*") ?? []);
    }

    public Task<IReadOnlyList<RisingTopic>> GetRisingTopicsAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RisingTopic>>(Rising);

    public Task<IReadOnlyList<MedicationWeek>> GetMedicationWeeksAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PostPage> GetOpenQuestionsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuestionQueries.Add(query);
        var matching = Questions.Where(q => q.Topic == query.Topic && (query.Source is null || q.Source == query.Source)).ToList();
        return Task.FromResult(new PostPage([.. matching.Take(query.PageSize)], 1, query.PageSize, matching.Count));
    }

    public Task<PostPage> GetPostsAsync(PostSearch search, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never lists the posts behind a trend point.");

    public Task<IReadOnlyList<StoredCommunity>> GetCommunitiesAsync(int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never lists communities.");

    public Task<PostPage> GetCrisisPostsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never lists crisis posts.");

    public Task<bool> MarkAsync(string source, string sourceId, PostMark mark, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> ClearTextOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<ExportedPost> ExportPostsAsync(ExportQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
