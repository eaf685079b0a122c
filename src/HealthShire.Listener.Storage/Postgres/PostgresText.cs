using System.Buffers;
using System.Text;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>Text as PostgreSQL can hold it.</summary>
internal static class PostgresText
{
    /// <summary>
    /// Post text is untrusted input: PostgreSQL text cannot contain U+0000, and Npgsql refuses a string with a lone
    /// surrogate (SQLite stores both). Either would fail the whole batch, so each becomes U+FFFD instead; a lone
    /// surrogate is replaced exactly as SQLite's UTF-8 conversion replaces it, so both stores read back the same text.
    /// </summary>
    public static string Storable(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return span.Contains('\0') ? text.Replace('\0', '\uFFFD') : text;
        }

        var storable = HasLoneSurrogate(span) ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) : text;
        return storable.Contains('\0', StringComparison.Ordinal) ? storable.Replace('\0', '\uFFFD') : storable;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAnyInRange('\uD800', '\uDFFF'); at >= 0; at = text.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (Rune.DecodeFromUtf16(text[at..], out _, out var used) != OperationStatus.Done)
            {
                return true;
            }

            text = text[(at + used)..];
        }

        return false;
    }
}
