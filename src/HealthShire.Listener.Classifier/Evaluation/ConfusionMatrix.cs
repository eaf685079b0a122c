namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>Counts[actual][predicted], both indexed by <see cref="Labels"/>.</summary>
internal sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);
