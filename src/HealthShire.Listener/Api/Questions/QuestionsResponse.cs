using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Questions;

/// <summary>
/// The body of <c>GET /api/questions</c> and <c>questions --json</c>: one page of open questions, how many match in all,
/// and the age window they were listed in.
/// </summary>
internal sealed record QuestionsResponse(IReadOnlyList<ListedPost> Items, int Page, int PageSize, long Total, int MaxAgeDays)
{
    /// <summary>Why a community filter matched no stored community, or null (<see cref="Communities.CommunityMatch"/>).</summary>
    public string? CommunityHint { get; init; }

    public static QuestionsResponse Of(PostPage page, PostQuery query) =>
        new(page.Items, page.Page, page.PageSize, page.Total, WindowDays(query));

    /// <summary>The age window in whole days, as <c>maxAgeDays</c> names it.</summary>
    public static int WindowDays(PostQuery query) => (int)Math.Ceiling(query.MaxAge.TotalDays);
}
