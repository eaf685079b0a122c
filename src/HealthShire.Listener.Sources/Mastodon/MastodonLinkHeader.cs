using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Reads the paging cursors from a Mastodon <c>Link</c> header:
/// <c>&lt;…?max_id=2&gt;; rel="next", &lt;…?min_id=9&gt;; rel="prev"</c>. Only the ids are taken; the addresses are
/// never followed, so a hostile header cannot send a request to another host.
/// </summary>
internal static partial class MastodonLinkHeader
{
    public static (string? NextMaxId, string? PrevMinId) Read(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return (null, null);
        }

        string? next = null;
        string? prev = null;
        foreach (Match link in LinkPattern().Matches(string.Join(',', values)))
        {
            var target = link.Groups["target"].Value;
            var rel = link.Groups["rel"].Value;
            if (rel.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                next ??= Parameter(target, "max_id");
            }
            else if (rel.Equals("prev", StringComparison.OrdinalIgnoreCase))
            {
                prev ??= Parameter(target, "min_id") ?? Parameter(target, "since_id");
            }
        }

        return (next, prev);
    }

    private static string? Parameter(string target, string name)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }

        foreach (var pair in target[(query + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).Equals(name, StringComparison.Ordinal))
            {
                var value = Uri.UnescapeDataString(pair[(equals + 1)..]);
                return MastodonIds.IsValid(value) ? value : null;
            }
        }

        return null;
    }

    [GeneratedRegex("""<(?<target>[^>]*)>\s*;\s*rel="?(?<rel>[A-Za-z]+)"?""")]
    private static partial Regex LinkPattern();
}
