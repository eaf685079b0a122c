using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>
/// The model's input columns over reusable buffers: rows are featurized into shared arrays, then read by the model's transform
/// through <see cref="FeatureBatchCursor"/>. No per-row objects, and the transform over it is built once per lane
/// instead of once per batch (building it walks the whole nested chain and costs milliseconds and megabytes).
/// Not thread-safe: one lane, one thread at a time.
/// </summary>
internal sealed class FeatureBatch : IDataView
{
    /// <summary>Room for a batch of ordinary posts (~220 buckets each); a batch of long posts grows it, <see cref="Clear"/> shrinks it back.</summary>
    private const int EntriesPerRow = 256;

    private readonly int[] starts;
    private readonly float[] hand;
    private readonly BucketCounter counter = new();
    private int[] indices;
    private float[] values;
    private VBuffer<float> row;

    public FeatureBatch(int capacity)
    {
        starts = new int[capacity + 1];
        hand = new float[capacity * HandFeatures.Count];
        indices = new int[capacity * EntriesPerRow];
        values = new float[capacity * EntriesPerRow];
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(ModelColumns.Features, new VectorDataViewType(NumberDataViewType.Single, HashedTextFeaturizer.Dimension));
        schema.AddColumn(ModelColumns.Hand, new VectorDataViewType(NumberDataViewType.Single, HandFeatures.Count));
        Schema = schema.ToSchema();
    }

    public int Capacity => starts.Length - 1;

    public int Count { get; private set; }

    public DataViewSchema Schema { get; }

    public bool CanShuffle => false;

    public void Clear()
    {
        Count = 0;
        if (values.Length > 4 * Capacity * EntriesPerRow)
        {
            indices = new int[Capacity * EntriesPerRow];
            values = new float[Capacity * EntriesPerRow];
        }
    }

    /// <summary>Featurizes one more row and appends its sparse entries to the batch's shared arrays.</summary>
    public void Add(HashedTextFeaturizer featurizer, ReadOnlySpan<char> title, ReadOnlySpan<char> text)
    {
        featurizer.Featurize(title, text, counter, ref row);
        var start = starts[Count];
        var rowValues = row.GetValues();
        var end = start + rowValues.Length;
        if (end > values.Length)
        {
            var size = Math.Max(end, 2 * values.Length);
            Array.Resize(ref indices, size);
            Array.Resize(ref values, size);
        }

        rowValues.CopyTo(values.AsSpan(start));
        row.GetIndices().CopyTo(indices.AsSpan(start));
        starts[Count + 1] = end;
        HandFeatures.Compute(title, text, hand.AsSpan(Count * HandFeatures.Count, HandFeatures.Count));
        Count++;
    }

    public void CopyFeatures(int index, ref VBuffer<float> destination)
    {
        var start = starts[index];
        var length = starts[index + 1] - start;
        var editor = VBufferEditor.Create(ref destination, HashedTextFeaturizer.Dimension, length, requireIndicesOnDense: true);
        values.AsSpan(start, length).CopyTo(editor.Values);
        indices.AsSpan(start, length).CopyTo(editor.Indices);
        destination = editor.Commit();
    }

    public void CopyHand(int index, ref VBuffer<float> destination)
    {
        var editor = VBufferEditor.Create(ref destination, HandFeatures.Count);
        hand.AsSpan(index * HandFeatures.Count, HandFeatures.Count).CopyTo(editor.Values);
        destination = editor.Commit();
    }

    public long? GetRowCount() => Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new FeatureBatchCursor(this);

#pragma warning disable CA2000 // The cursor goes to the caller, who disposes it, as IDataView's contract says.
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];
#pragma warning restore CA2000
}
