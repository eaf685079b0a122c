using System.Numerics;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Counts hashed buckets of one text without sorting: a count per bucket plus a bitmap of the touched buckets, whose
/// scan yields the distinct buckets already in ascending order (what a sparse VBuffer needs). Reused: one per scoring
/// lane, or one per thread while training.
/// </summary>
internal sealed class BucketCounter
{
    [ThreadStatic]
    private static BucketCounter? current;

    private readonly ushort[] counts = new ushort[HashedTextFeaturizer.Dimension];
    private readonly ulong[] touched = new ulong[HashedTextFeaturizer.Dimension / 64];

    public static BucketCounter Current => current ??= new BucketCounter();

    public int Distinct { get; private set; }

    public void Add(uint bucket)
    {
        // Text is capped at a few thousand characters, so a count cannot reach ushort.MaxValue.
        if (counts[bucket]++ == 0)
        {
            touched[bucket >> 6] |= 1UL << (int)(bucket & 63);
            Distinct++;
        }
    }

    /// <summary>Writes the distinct buckets in ascending order with their counts, and resets for the next text.</summary>
    public void Drain(Span<int> indices, Span<int> bucketCounts)
    {
        var k = 0;
        for (var word = 0; word < touched.Length && k < Distinct; word++)
        {
            var bits = touched[word];
            if (bits == 0)
            {
                continue;
            }

            touched[word] = 0;
            while (bits != 0)
            {
                var bucket = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                indices[k] = bucket;
                bucketCounts[k++] = counts[bucket];
                counts[bucket] = 0;
            }
        }

        Distinct = 0;
    }
}
