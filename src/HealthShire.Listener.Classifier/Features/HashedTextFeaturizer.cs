using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Hashed word unigrams and bigrams (optionally character 3–5-grams, optionally title words in their own hash space),
/// sublinear TF times IDF, L2-normalised. Hand-written because ML.NET's dictionary n-gram transforms cost several times
/// the whole speed budget on ~1 KB posts; hashing needs no vocabulary and one pass over the characters, and the
/// bucket counting needs no sort and no allocation. The IDF table is learned in training.
/// </summary>
internal sealed class HashedTextFeaturizer
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    public const uint Mask = Dimension - 1;

    /// <summary>1 + ln(count) for the counts a post actually has; larger counts fall back to MathF.Log.</summary>
    private static readonly float[] SublinearTf = Enumerable.Range(0, 256).Select(c => c == 0 ? 0f : 1f + MathF.Log(c)).ToArray();

    private readonly float[] idf;

    public HashedTextFeaturizer(float[] idf, TextFeatureOptions options)
    {
        if (idf.Length != Dimension)
        {
            throw new InvalidDataException($"The IDF table has {idf.Length} entries, expected {Dimension}.");
        }

        this.idf = idf;
        Options = options;
    }

    public TextFeatureOptions Options { get; }

    /// <summary>IDF with scikit-learn's smoothing: ln((1 + n) / (1 + df)) + 1.</summary>
    public static HashedTextFeaturizer Fit(IEnumerable<(string Title, string Text)> texts, TextFeatureOptions options)
    {
        var df = new int[Dimension];
        var n = 0;
        var counter = BucketCounter.Current;
        int[] indices = [], counts = [];
        foreach (var (title, text) in texts)
        {
            n++;
            Count(title, text, options, counter);
            Rent(ref indices, ref counts, counter.Distinct);
            var distinct = counter.Distinct;
            counter.Drain(indices, counts);
            for (var i = 0; i < distinct; i++)
            {
                df[indices[i]]++;
            }
        }

        return new HashedTextFeaturizer(df.Select(d => (float)(Math.Log((1.0 + n) / (1.0 + d)) + 1.0)).ToArray(), options);
    }

    public VBuffer<float> Featurize(string title, string text)
    {
        VBuffer<float> result = default;
        Featurize(title, text, ref result);
        return result;
    }

    /// <summary>Writes into <paramref name="destination"/>, reusing its arrays when they are large enough.</summary>
    public void Featurize(ReadOnlySpan<char> title, ReadOnlySpan<char> text, ref VBuffer<float> destination) =>
        Featurize(title, text, BucketCounter.Current, ref destination);

    /// <summary>As above with the caller's counter (half a megabyte), so scoring lanes need none per thread.</summary>
    public void Featurize(ReadOnlySpan<char> title, ReadOnlySpan<char> text, BucketCounter counter, ref VBuffer<float> destination)
    {
        Count(title, text, Options, counter);
        var distinct = counter.Distinct;
        var editor = VBufferEditor.Create(ref destination, Dimension, distinct, keepOldOnResize: false, requireIndicesOnDense: true);
        if (distinct == 0)
        {
            destination = editor.Commit();
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(distinct);
        counter.Drain(editor.Indices, counts);
        var values = editor.Values;
        var norm = 0.0;
        for (var i = 0; i < distinct; i++)
        {
            var c = counts[i];
            var weight = (c < SublinearTf.Length ? SublinearTf[c] : 1f + MathF.Log(c)) * idf[editor.Indices[i]];
            values[i] = weight;
            norm += weight * weight;
        }

        ArrayPool<int>.Shared.Return(counts);
        var scale = (float)(1.0 / Math.Sqrt(norm));
        for (var i = 0; i < distinct; i++)
        {
            values[i] *= scale;
        }

        destination = editor.Commit();
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

    /// <summary>Reads the table straight into its array: a copy of the whole stream first would be a megabyte of garbage per load.</summary>
    public static HashedTextFeaturizer Deserialize(Stream stream, TextFeatureOptions options)
    {
        var idf = new float[Dimension];
        var bytes = MemoryMarshal.AsBytes(idf.AsSpan());
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read != bytes.Length || stream.ReadByte() >= 0)
        {
            throw new InvalidDataException($"The IDF table is not {bytes.Length} bytes long.");
        }

        if (!BitConverter.IsLittleEndian)
        {
            var ints = MemoryMarshal.Cast<float, int>(idf.AsSpan());
            BinaryPrimitives.ReverseEndianness(ints, ints);
        }

        return new HashedTextFeaturizer(idf, options);
    }

    private static void Count(ReadOnlySpan<char> title, ReadOnlySpan<char> text, TextFeatureOptions options, BucketCounter counter)
    {
        TextHasher.Hash(text, options.CharNgrams, 0, counter);
        if (options.TitleSpace && !title.IsEmpty)
        {
            TextHasher.Hash(title[..Math.Min(title.Length, TextPreparation.MaxChars)], charNgrams: false, TextHasher.Title, counter);
        }
    }

    private static void Rent(ref int[] indices, ref int[] counts, int size)
    {
        if (indices.Length < size)
        {
            indices = new int[size * 2];
            counts = new int[size * 2];
        }
    }
}
