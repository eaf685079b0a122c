using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Import;

/// <summary>
/// Which posts of an import file are wanted: days (in the listener's time zone, <c>--to</c> included) and communities
/// (compared without case, as subreddit names are).
/// </summary>
internal sealed class ImportFilter(ListenerCalendar calendar, DateOnly? from, DateOnly? to, IReadOnlyCollection<string> communities)
{
    private readonly HashSet<string> _communities = new(communities, StringComparer.OrdinalIgnoreCase);

    public bool Accepts(Post post)
    {
        if (_communities.Count > 0 && !_communities.Contains(post.Community))
        {
            return false;
        }

        if (from is null && to is null)
        {
            return true;
        }

        var day = calendar.DayOf(post.CreatedAt);
        return (from is not { } first || day >= first) && (to is not { } last || day <= last);
    }
}
