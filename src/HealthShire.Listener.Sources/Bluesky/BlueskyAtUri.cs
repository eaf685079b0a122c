using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// AT URIs of posts (<c>at://{did}/app.bsky.feed.post/{rkey}</c>, the stored source id) and their bsky.app links. A did
/// or rkey with characters outside the AT Protocol's syntax is refused, so neither can bend the link or the id.
/// </summary>
internal static partial class BlueskyAtUri
{
    public const string PostCollection = "app.bsky.feed.post";

    private const string Prefix = "at://";
    private const string PostPath = "/" + PostCollection + "/";

    public static string Of(string did, string rkey) => Prefix + did + PostPath + rkey;

    /// <summary>Whether a did follows the DID syntax (<c>did:method:id</c>) within 256 characters.</summary>
    public static bool IsValidDid([NotNullWhen(true)] string? did) => did is { Length: <= 256 } && Did().IsMatch(did);

    /// <summary>Whether an rkey is a valid record key (1-512 of <c>A-Za-z0-9._:~-</c>, not <c>.</c> or <c>..</c>).</summary>
    public static bool IsValidRkey([NotNullWhen(true)] string? rkey) => rkey is { Length: <= 512 } and not ("." or "..") && Rkey().IsMatch(rkey);

    /// <summary>Reads a post's AT URI back into its did and rkey; false for anything else (a feed, a list, a bad URI).</summary>
    public static bool TryParsePost(string? uri, [NotNullWhen(true)] out string? did, [NotNullWhen(true)] out string? rkey)
    {
        did = null;
        rkey = null;
        if (uri is null || !uri.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri.AsSpan(Prefix.Length);
        var path = rest.IndexOf(PostPath, StringComparison.Ordinal);
        if (path <= 0)
        {
            return false;
        }

        var candidateDid = rest[..path].ToString();
        var candidateRkey = rest[(path + PostPath.Length)..].ToString();
        if (!IsValidDid(candidateDid) || !IsValidRkey(candidateRkey))
        {
            return false;
        }

        (did, rkey) = (candidateDid, candidateRkey);
        return true;
    }

    [GeneratedRegex("^did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$")]
    private static partial Regex Did();

    [GeneratedRegex("^[A-Za-z0-9._:~-]+$")]
    private static partial Regex Rkey();
}
