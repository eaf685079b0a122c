namespace HealthShire.Listener.Sources.Links;

/// <summary>
/// Builds the link to an original post only from parts that were checked: a site-relative path on a known host, or
/// an absolute https address on an allowed host. Anything else gives no link (an empty string), never a link that
/// points somewhere the source does not vouch for (<c>javascript:</c>, another host, credentials in the address).
/// </summary>
internal static class PostLinks
{
    /// <summary>
    /// The link for a path on <paramref name="baseUrl"/>'s host, such as a Reddit permalink. The path must start with
    /// one '/', and the resolved address must stay on that host.
    /// </summary>
    public static string FromPath(Uri baseUrl, string? path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal)
            || path.Contains('\\', StringComparison.Ordinal) || HasControl(path))
        {
            return string.Empty;
        }

        return Uri.TryCreate(baseUrl, path, out var resolved) && IsSafe(resolved, baseUrl.IdnHost)
            ? resolved.AbsoluteUri
            : string.Empty;
    }

    /// <summary>An absolute https address whose host is one of <paramref name="allowedHosts"/> (compared without case).</summary>
    public static string FromAbsolute(string? url, IReadOnlyCollection<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        if (string.IsNullOrWhiteSpace(url) || HasControl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        foreach (var host in allowedHosts)
        {
            if (IsSafe(uri, host))
            {
                return uri.AbsoluteUri;
            }
        }

        return string.Empty;
    }

    /// <summary>An absolute https address on its own host, for sources whose entries link to the site that wrote them.</summary>
    public static string FromAbsoluteOwnHost(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? FromAbsolute(url, [uri.IdnHost]) : string.Empty;

    private static bool IsSafe(Uri uri, string host) =>
        uri.IsAbsoluteUri
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.UserInfo.Length == 0
        && uri.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase);

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ')
            {
                return true;
            }
        }

        return false;
    }
}
