using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Where each status read by this process can be asked about again: the instance it was read on and that instance's
/// id for it. Statuses not in it (read before a restart) are found on their home server when that server is a
/// configured instance and the uri has Mastodon's <c>/users/{name}/statuses/{id}</c> shape. Singleton, bounded.
/// </summary>
internal sealed partial class MastodonStatusLocations
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<string, (Uri Instance, string Id)> _locations = new(StringComparer.Ordinal);

    public void Remember(string uri, Uri instance, string id)
    {
        if (_locations.Count >= MaxEntries)
        {
            _locations.Clear();
        }

        _locations[uri] = (instance, id);
    }

    public (Uri Instance, string Id)? Find(string uri, IEnumerable<Uri> instances)
    {
        if (_locations.TryGetValue(uri, out var known))
        {
            return known;
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out var home) || HomePath().Match(home.AbsolutePath) is not { Success: true } match)
        {
            return null;
        }

        var instance = instances.FirstOrDefault(i => string.Equals(i.Authority, home.Authority, StringComparison.OrdinalIgnoreCase)
            && string.Equals(i.Scheme, home.Scheme, StringComparison.OrdinalIgnoreCase));
        return instance is null ? null : (instance, match.Groups["id"].Value);
    }

    [GeneratedRegex(@"^/users/[^/]+/statuses/(?<id>[0-9]{1,32})$")]
    private static partial Regex HomePath();
}
