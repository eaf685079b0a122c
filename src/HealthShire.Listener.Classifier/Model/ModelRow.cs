using HealthShire.Listener.Classifier.Features;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Model;

/// <summary>The model's input row: hashed text features and hand features; labels are read only while training.</summary>
internal sealed class ModelRow
{
    [VectorType(HashedTextFeaturizer.Dimension)]
    public VBuffer<float> Features { get; set; }

    [VectorType(HandFeatures.Count)]
    public float[] Hand { get; set; } = [];

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;

    public bool Question { get; set; }

    public bool Medication { get; set; }

    public bool MedicationQuestion { get; set; }

    public bool Crisis { get; set; }
}
