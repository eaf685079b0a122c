using System.Buffers.Binary;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Word unigrams and bigrams hashed into a fixed space, sublinear TF times IDF, L2-normalised.
/// Hand-written because ML.NET's dictionary n-gram transforms cost several times the whole speed budget on
/// ~1 KB posts; hashing needs no vocabulary and one pass over the characters. The IDF table is learned in training.
/// </summary>
internal sealed class HashedTextFeaturizer
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const uint Mask = Dimension - 1;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly float[] idf;
    private readonly bool charNgrams;

    public HashedTextFeaturizer(float[] idf, bool charNgrams)
    {
        this.charNgrams = charNgrams;
        if (idf.Length != Dimension)
        {
            throw new InvalidDataException($"The IDF table has {idf.Length} entries, expected {Dimension}.");
        }

        this.idf = idf;
    }

    /// <summary>IDF with sklearn's smoothing: ln((1 + n) / (1 + df)) + 1.</summary>
    public bool CharNgrams => charNgrams;

    public static HashedTextFeaturizer Fit(IEnumerable<string> texts, bool charNgrams)
    {
        var df = new int[Dimension];
        var n = 0;
        var buffer = new List<int>();
        foreach (var text in texts)
        {
            n++;
            buffer.Clear();
            Buckets(text, buffer, charNgrams);
            buffer.Sort();
            for (var i = 0; i < buffer.Count; i++)
            {
                if (i == 0 || buffer[i] != buffer[i - 1])
                {
                    df[buffer[i]]++;
                }
            }
        }

        return new HashedTextFeaturizer(df.Select(d => (float)(Math.Log((1.0 + n) / (1.0 + d)) + 1.0)).ToArray(), charNgrams);
    }

    public VBuffer<float> Featurize(string text)
    {
        var buckets = new List<int>(text.Length / 3);
        Buckets(text, buckets, charNgrams);
        if (buckets.Count == 0)
        {
            return new VBuffer<float>(Dimension, 0, [], []);
        }

        buckets.Sort();
        var indices = new List<int>(buckets.Count);
        var values = new List<float>(buckets.Count);
        var norm = 0.0;
        for (var i = 0; i < buckets.Count;)
        {
            var j = i;
            while (j < buckets.Count && buckets[j] == buckets[i])
            {
                j++;
            }

            var weight = (1f + MathF.Log(j - i)) * idf[buckets[i]];
            indices.Add(buckets[i]);
            values.Add(weight);
            norm += weight * weight;
            i = j;
        }

        var scale = (float)(1.0 / Math.Sqrt(norm));
        var array = values.ToArray();
        for (var k = 0; k < array.Length; k++)
        {
            array[k] *= scale;
        }

        return new VBuffer<float>(Dimension, array.Length, array, indices.ToArray());
    }

    public byte[] Serialize()
    {
        var bytes = new byte[Dimension * sizeof(float)];
        for (var i = 0; i < Dimension; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), idf[i]);
        }

        return bytes;
    }

    public static HashedTextFeaturizer Deserialize(ReadOnlySpan<byte> bytes, bool charNgrams)
    {
        var idf = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return new HashedTextFeaturizer(idf, charNgrams);
    }

    /// <summary>Words are runs of letters and digits (apostrophes dropped, lower-cased); '?' and '!' count as words.</summary>
    private static void Buckets(string text, List<int> buckets, bool charNgrams)
    {
        var hash = FnvOffset;
        var inWord = false;
        var wordStart = 0;
        uint previous = 0;
        var hasPrevious = false;
        for (var at = 0; at < text.Length; at++)
        {
            var raw = text[at];
            if (char.IsLetterOrDigit(raw))
            {
                hash = (hash ^ char.ToLowerInvariant(raw)) * FnvPrime;
                wordStart = inWord ? wordStart : at;
                inWord = true;
                continue;
            }

            if (raw == '\'' || raw == '\u2019')
            {
                continue;
            }

            if (inWord)
            {
                Emit(hash, buckets, ref previous, ref hasPrevious);
                if (charNgrams)
                {
                    EmitCharNgrams(text.AsSpan(wordStart, at - wordStart), buckets);
                }

                inWord = false;
                hash = FnvOffset;
            }

            if (raw is '?' or '!')
            {
                Emit((FnvOffset ^ raw) * FnvPrime, buckets, ref previous, ref hasPrevious);
            }
        }

        if (inWord)
        {
            Emit(hash, buckets, ref previous, ref hasPrevious);
            if (charNgrams)
            {
                EmitCharNgrams(text.AsSpan(wordStart), buckets);
            }
        }
    }

    /// <summary>Character 3–5-grams inside a word padded with spaces (like scikit-learn's char_wb), hashed with another seed.</summary>
    private static void EmitCharNgrams(ReadOnlySpan<char> word, List<int> buckets)
    {
        if (word.Length > 30)
        {
            return;
        }

        Span<char> padded = stackalloc char[word.Length + 2];
        padded[0] = ' ';
        padded[^1] = ' ';
        for (var i = 0; i < word.Length; i++)
        {
            padded[i + 1] = char.ToLowerInvariant(word[i]);
        }

        for (var start = 0; start < padded.Length; start++)
        {
            var h = 0x811C9DC5u ^ 0x5BD1E995u;
            for (var length = 1; length <= 5 && start + length <= padded.Length; length++)
            {
                h = (h ^ padded[start + length - 1]) * FnvPrime;
                if (length >= 3)
                {
                    buckets.Add((int)(Mix(h ^ (uint)length) & Mask));
                }
            }
        }
    }

    private static void Emit(uint word, List<int> buckets, ref uint previous, ref bool hasPrevious)
    {
        buckets.Add((int)(Mix(word) & Mask));
        if (hasPrevious)
        {
            buckets.Add((int)(Mix((previous * 0x9E3779B1) ^ word ^ 0x85EBCA6B) & Mask));
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
}
