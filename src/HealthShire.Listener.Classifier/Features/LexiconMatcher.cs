using System.Buffers;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Counts, per word list, the positions where one of its entries starts, in a single scan for all lists instead of
/// one scan per list; each hit is resolved through an index on its first two characters.
/// </summary>
internal sealed class LexiconMatcher
{
    public const int Kinds = 7;

    private readonly SearchValues<string> any;
    private readonly Dictionary<int, (int Kind, string Value)[]> byPrefix;

    public LexiconMatcher(IReadOnlyList<string[]> lists)
    {
        any = SearchValues.Create(lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
        byPrefix = lists
            .SelectMany((list, kind) => list.Select(value => (Kind: kind, Value: value)))
            .GroupBy(e => Key(e.Value))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// <paramref name="text"/> must be lower-case. Positions of drug or medication-word hits go to
    /// <paramref name="medicationAt"/> (once per list), of request phrases to <paramref name="phraseAt"/>.
    /// </summary>
    public void Count(ReadOnlySpan<char> text, Span<int> counts, List<int> medicationAt, List<int> phraseAt)
    {
        Span<bool> seen = stackalloc bool[Kinds];
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(any);
            if (at < 0)
            {
                return;
            }

            var position = offset + at;
            var rest = text[position..];
            seen.Clear();
            foreach (var (kind, value) in byPrefix[Key(rest)])
            {
                if (!seen[kind] && rest.StartsWith(value, StringComparison.Ordinal))
                {
                    seen[kind] = true;
                    counts[kind]++;
                    if (kind is (int)LexiconKind.Drugs or (int)LexiconKind.MedicationWords)
                    {
                        medicationAt.Add(position);
                    }
                    else if (kind == (int)LexiconKind.QuestionPhrases)
                    {
                        phraseAt.Add(position);
                    }
                }
            }

            offset = position + 1;
        }
    }

    private static int Key(ReadOnlySpan<char> value) => (value[0] << 16) | value[1];
}
