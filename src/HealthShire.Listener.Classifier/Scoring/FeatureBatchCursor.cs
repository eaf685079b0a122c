using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>Reads a <see cref="FeatureBatch"/> front to back; values are copied out, as ML.NET getters expect.</summary>
internal sealed class FeatureBatchCursor(FeatureBatch batch) : DataViewRowCursor
{
    private long position = -1;

    public override long Position => position;

    public override long Batch => 0;

    public override DataViewSchema Schema => batch.Schema;

    public override bool MoveNext()
    {
        if (position + 1 >= batch.Count)
        {
            return false;
        }

        position++;
        return true;
    }

    public override bool IsColumnActive(DataViewSchema.Column column) => true;

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
    {
        ValueGetter<VBuffer<float>> getter = column.Index == 0
            ? (ref VBuffer<float> value) => batch.CopyFeatures((int)position, ref value)
            : (ref VBuffer<float> value) => batch.CopyHand((int)position, ref value);
        return getter as ValueGetter<TValue>
            ?? throw new InvalidOperationException($"Column '{column.Name}' is a vector of floats, not {typeof(TValue).Name}.");
    }

    public override ValueGetter<DataViewRowId> GetIdGetter() =>
        (ref DataViewRowId value) => value = new DataViewRowId((ulong)position, 0);
}
