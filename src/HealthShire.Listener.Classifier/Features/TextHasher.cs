namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// One pass over the characters, lower-casing on the fly and hashing without building strings: words are runs of
/// letters and digits (apostrophes dropped), '?' and '!' count as words; word unigrams and bigrams, and optionally
/// character 3–5-grams inside each word padded with spaces (like scikit-learn's char_wb).
/// </summary>
internal static class TextHasher
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint CharSeed = 0x811C9DC5u ^ 0x5BD1E995u;
    private const uint TitleSeed = 0x27D4EB2Fu;
    private const int MaxCharNgramWord = 30;

    /// <summary>Lower-cased letter or digit for ASCII, 0 for anything else.</summary>
    private static readonly char[] Ascii = BuildAscii();

    /// <summary>Hashes <paramref name="text"/> into <paramref name="counter"/>; title words can go to their own hash space.</summary>
    public static void Hash(ReadOnlySpan<char> text, bool charNgrams, uint seed, BucketCounter counter)
    {
        Span<char> word = stackalloc char[MaxCharNgramWord + 2];
        var length = 0;
        var hash = FnvOffset;
        uint previous = 0;
        var hasPrevious = false;
        foreach (var raw in text)
        {
            var c = raw < 128 ? Ascii[raw] : char.IsLetterOrDigit(raw) ? char.ToLowerInvariant(raw) : '\0';
            if (c != '\0')
            {
                hash = (hash ^ c) * FnvPrime;
                if (length < MaxCharNgramWord + 1)
                {
                    word[length + 1] = c;
                }

                length++;
                continue;
            }

            if (raw is '\'' or '\u2019')
            {
                continue;
            }

            if (length > 0)
            {
                EmitWord(hash ^ seed, counter, ref previous, ref hasPrevious);
                if (charNgrams && length <= MaxCharNgramWord)
                {
                    EmitCharNgrams(word[..(length + 2)], seed, counter);
                }

                length = 0;
                hash = FnvOffset;
            }

            if (raw is '?' or '!')
            {
                EmitWord(((FnvOffset ^ raw) * FnvPrime) ^ seed, counter, ref previous, ref hasPrevious);
            }
        }

        if (length > 0)
        {
            EmitWord(hash ^ seed, counter, ref previous, ref hasPrevious);
            if (charNgrams && length <= MaxCharNgramWord)
            {
                EmitCharNgrams(word[..(length + 2)], seed, counter);
            }
        }
    }

    public static uint Title => TitleSeed;

    private static void EmitCharNgrams(Span<char> padded, uint seed, BucketCounter counter)
    {
        padded[0] = ' ';
        padded[^1] = ' ';
        for (var start = 0; start + 3 <= padded.Length; start++)
        {
            var h = CharSeed ^ seed;
            h = (h ^ padded[start]) * FnvPrime;
            h = (h ^ padded[start + 1]) * FnvPrime;
            var end = Math.Min(padded.Length, start + 5);
            for (var at = start + 2; at < end; at++)
            {
                h = (h ^ padded[at]) * FnvPrime;
                counter.Add(Mix(h ^ (uint)(at - start + 1)) & HashedTextFeaturizer.Mask);
            }
        }
    }

    private static void EmitWord(uint word, BucketCounter counter, ref uint previous, ref bool hasPrevious)
    {
        counter.Add(Mix(word) & HashedTextFeaturizer.Mask);
        if (hasPrevious)
        {
            counter.Add(Mix((previous * 0x9E3779B1) ^ word ^ 0x85EBCA6B) & HashedTextFeaturizer.Mask);
        }

        previous = word;
        hasPrevious = true;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        return h ^ (h >> 16);
    }

    private static char[] BuildAscii()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0';
        }

        return table;
    }
}
