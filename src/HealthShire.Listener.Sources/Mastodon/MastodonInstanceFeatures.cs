using System.Collections.Concurrent;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// The instances found without <c>GET /api/v1/statuses?id[]=</c> (Mastodon before 4.3, and other servers), remembered
/// for the worker's lifetime so that each is asked once. Singleton.
/// </summary>
internal sealed class MastodonInstanceFeatures
{
    private readonly ConcurrentDictionary<string, bool> _withoutMultipleStatuses = new(StringComparer.OrdinalIgnoreCase);

    public bool HasMultipleStatuses(Uri instance) => !_withoutMultipleStatuses.ContainsKey(instance.Authority);

    public void LacksMultipleStatuses(Uri instance) => _withoutMultipleStatuses[instance.Authority] = true;
}
