namespace HealthShire.Listener.Classifier.Model;

/// <summary>What a model is, what it was trained on and how well it did; stored in the zip and beside it.</summary>
internal sealed record ModelCard(
    string Version,
    DateTimeOffset TrainedAt,
    int Seed,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, float> Thresholds,
    string Pipeline,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<TrainingFileInfo> TrainingData,
    ValidationSummary Validation);
