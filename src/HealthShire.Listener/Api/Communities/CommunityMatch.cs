using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Communities;

/// <summary>
/// A community filter matched to a stored community name: the way people write them ("r/bipolar", "/r/bipolar",
/// "#depression") and any letter case find the name as stored ("bipolar", "BipolarReddit"); a name that matches
/// nothing keeps the filter as typed and says why, with some names that do exist.
/// </summary>
internal sealed record CommunityMatch(string? Community, string? Hint)
{
    /// <summary>More communities than any listener follows; the list endpoint and the matching read at most these.</summary>
    public const int MaxCommunities = 2000;

    private const int NamesInHint = 12;

    private static readonly string[] Prefixes = ["/r/", "r/", "/", "#", "@"];

    /// <summary>The name without the prefix people write before it; empty when nothing is left.</summary>
    public static string Normalise(string raw)
    {
        var name = raw.Trim();
        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }

        return name.Trim();
    }

    public static async Task<CommunityMatch> FindAsync(IInsightsStore store, string? source, string? community, CancellationToken cancellationToken)
    {
        if (community is null)
        {
            return new CommunityMatch(null, null);
        }

        var stored = await store.GetCommunitiesAsync(MaxCommunities, cancellationToken);
        var candidates = stored.Where(c => source is null || string.Equals(c.Source, source, StringComparison.Ordinal)).ToList();
        var name = Normalise(community);
        var match = candidates.FirstOrDefault(c => string.Equals(c.Community, name, StringComparison.Ordinal))
            ?? candidates.FirstOrDefault(c => string.Equals(c.Community, name, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return new CommunityMatch(match.Community, null);
        }

        var where = source is null ? string.Empty : $" of source '{source}'";
        // The names closest to what was typed first: the longest shared start, then by name.
        var known = candidates.Select(c => c.Community).Distinct(StringComparer.Ordinal)
            .OrderByDescending(c => SharedStart(c, name)).ThenBy(c => c, StringComparer.OrdinalIgnoreCase).ToList();
        var hint = known.Count == 0
            ? $"No community{where} has stored posts yet."
            : $"No stored community{where} is named '{name}' (names are matched without r/, # or letter case). Stored communities include: "
                + string.Join(", ", known.Take(NamesInHint)) + (known.Count > NamesInHint ? ", …" : ".");
        return new CommunityMatch(name, hint);
    }

    private static int SharedStart(string left, string right)
    {
        var length = 0;
        while (length < left.Length && length < right.Length && char.ToUpperInvariant(left[length]) == char.ToUpperInvariant(right[length]))
        {
            length++;
        }

        return length;
    }
}
