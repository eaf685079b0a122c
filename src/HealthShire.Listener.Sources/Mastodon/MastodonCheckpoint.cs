namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// The checkpoint of one hashtag on one instance: the key is <c>{tag}@{host[:port]}</c> (lower case), the value the
/// instance's id of the newest status read, the <c>min_id</c> the next pass reads forward from.
/// </summary>
internal static class MastodonCheckpoint
{
    public static string KeyFor(Uri instance, string tag) => (tag + "@" + instance.Authority).ToLowerInvariant();

    public static string? TryParse(string? value) => MastodonIds.IsValid(value) ? value : null;
}
