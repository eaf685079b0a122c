namespace HealthShire.Listener.Core.Insights;

/// <summary>
/// What marketers and providers ask of the store. Trend counts come from day rollups kept as
/// posts are stored, re-tagged and refreshed: no query scans raw posts for counts.
/// </summary>
public interface IInsightsStore
{
    /// <summary>
    /// A number that grows after every committed write to posts or tags made through this process;
    /// an answer computed at one value is current until the value moves (for caches).
    /// </summary>
    long ChangeVersion { get; }

    /// <summary>One series per topic (only the asked topic when given), every bucket present.</summary>
    Task<IReadOnlyList<TrendSeries>> GetTrendsAsync(TrendQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Each topic's latest full week (the week before the one containing <paramref name="today"/>)
    /// against the <paramref name="trailingWeeks"/> weeks before it, highest z-score first.
    /// </summary>
    Task<IReadOnlyList<RisingTopic>> GetRisingTopicsAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken);

    /// <summary>
    /// Every medication named by a post in the latest full week (the week before the one containing
    /// <paramref name="today"/>) or the week before, or by an open question created within <paramref name="questionMaxAge"/>
    /// of <paramref name="now"/>: most posts first, then by name. Week counts come from the medication day rollups.
    /// </summary>
    Task<IReadOnlyList<MedicationWeek>> GetMedicationWeeksAsync(
        DateOnly today,
        DateTimeOffset now,
        TimeSpan questionMaxAge,
        CancellationToken cancellationToken);

    /// <summary>
    /// Open questions: tagged question, no replies after the latest refresh, not deleted or
    /// removed, not a reply in a thread, not crisis, not marked, created within the query's age of <paramref name="now"/>.
    /// </summary>
    Task<PostPage> GetOpenQuestionsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Tagged posts created in the search's days, not crisis, not deleted or removed, newest first: the posts behind a
    /// trend point.
    /// </summary>
    Task<PostPage> GetPostsAsync(PostSearch search, CancellationToken cancellationToken);

    /// <summary>
    /// The communities that have stored posts, by source then name in the store's order, at most <paramref name="limit"/>;
    /// read from the (source, community) index a community at a time, so the cost grows with the communities, not the posts.
    /// </summary>
    Task<IReadOnlyList<StoredCommunity>> GetCommunitiesAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Crisis posts within the query's age of <paramref name="now"/>, for staff who help safely.</summary>
    Task<PostPage> GetCrisisPostsAsync(PostQuery query, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a post; false when no post has that id.</summary>
    Task<bool> MarkAsync(string source, string sourceId, PostMark mark, CancellationToken cancellationToken);

    /// <summary>Clears title and body of posts created before <paramref name="createdBefore"/>; tags and rollups stay.</summary>
    /// <returns>The number of posts cleared.</returns>
    Task<int> ClearTextOlderThanAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);

    /// <summary>Tagged posts for an export, oldest first, streamed.</summary>
    IAsyncEnumerable<ExportedPost> ExportPostsAsync(ExportQuery query, CancellationToken cancellationToken);
}
