namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>Topic figures; the macro average is over classes that have support.</summary>
internal sealed record TopicMetrics(
    double MacroF1, double Accuracy, int Count, IReadOnlyDictionary<string, ClassMetrics> PerClass, ConfusionMatrix Confusion);
