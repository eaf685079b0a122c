using System.Buffers;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// Finds the first configured term group a post's text belongs to. Terms match without case on word boundaries: "adhd"
/// matches "ADHD?" and "#adhd" but not "adhdx"; a phrase matches as written, spaces included.
/// </summary>
internal sealed class BlueskyTermMatcher
{
    private readonly (string Community, string[] Terms)[] _groups;

    public BlueskyTermMatcher(IEnumerable<BlueskyTermGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups =
        [
            .. groups.Select(g => (g.Name, g.Terms.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray())),
        ];
    }

    /// <summary>The name of the first group with a term in <paramref name="text"/>, or null when none has.</summary>
    public string? Match(ReadOnlySpan<char> text)
    {
        // Lower-cased once, so that every term is an ordinal (vectorised) search.
        var rented = text.Length > 1024 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var lower = rented is null ? stackalloc char[text.Length] : rented.AsSpan(0, text.Length);
        text.ToLowerInvariant(lower);
        try
        {
            foreach (var (community, terms) in _groups)
            {
                foreach (var term in terms)
                {
                    if (Contains(lower, term))
                    {
                        return community;
                    }
                }
            }

            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool Contains(ReadOnlySpan<char> text, string term)
    {
        var offset = 0;
        while (offset <= text.Length - term.Length)
        {
            var found = text[offset..].IndexOf(term, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var start = offset + found;
            var end = start + term.Length;
            if (BoundaryBefore(text, start, term[0]) && BoundaryAfter(text, end, term[^1]))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    // A term that starts or ends with a letter or digit must not run into one; "#adhd" needs nothing before its '#'.
    private static bool BoundaryBefore(ReadOnlySpan<char> text, int start, char first) =>
        !char.IsLetterOrDigit(first) || start == 0 || !char.IsLetterOrDigit(text[start - 1]);

    private static bool BoundaryAfter(ReadOnlySpan<char> text, int end, char last) =>
        !char.IsLetterOrDigit(last) || end == text.Length || !char.IsLetterOrDigit(text[end]);
}
