using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>
/// The model's input columns over reusable buffers: rows are featurized in place, then read by the model's transform
/// through <see cref="FeatureBatchCursor"/>. No per-row objects, and the transform over it is built once per lane
/// instead of once per batch (building it walks the whole nested chain and costs milliseconds and megabytes).
/// Not thread-safe: one lane, one thread at a time.
/// </summary>
internal sealed class FeatureBatch : IDataView
{
    private readonly VBuffer<float>[] features;
    private readonly float[] hand;
    private readonly BucketCounter counter = new();

    public FeatureBatch(int capacity)
    {
        features = new VBuffer<float>[capacity];
        hand = new float[capacity * HandFeatures.Count];
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(ModelColumns.Features, new VectorDataViewType(NumberDataViewType.Single, HashedTextFeaturizer.Dimension));
        schema.AddColumn(ModelColumns.Hand, new VectorDataViewType(NumberDataViewType.Single, HandFeatures.Count));
        Schema = schema.ToSchema();
    }

    public int Capacity => features.Length;

    public int Count { get; private set; }

    public DataViewSchema Schema { get; }

    public bool CanShuffle => false;

    public void Clear() => Count = 0;

    /// <summary>Featurizes one more row into the buffers it used last time.</summary>
    public void Add(HashedTextFeaturizer featurizer, ReadOnlySpan<char> title, ReadOnlySpan<char> text)
    {
        featurizer.Featurize(title, text, counter, ref features[Count]);
        HandFeatures.Compute(title, text, hand.AsSpan(Count * HandFeatures.Count, HandFeatures.Count));
        Count++;
    }

    public void CopyFeatures(int row, ref VBuffer<float> destination) => features[row].CopyTo(ref destination);

    public void CopyHand(int row, ref VBuffer<float> destination)
    {
        var editor = VBufferEditor.Create(ref destination, HandFeatures.Count);
        hand.AsSpan(row * HandFeatures.Count, HandFeatures.Count).CopyTo(editor.Values);
        destination = editor.Commit();
    }

    public long? GetRowCount() => Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new FeatureBatchCursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];
}
