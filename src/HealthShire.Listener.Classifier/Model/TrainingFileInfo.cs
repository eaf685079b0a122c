namespace HealthShire.Listener.Classifier.Model;

internal sealed record TrainingFileInfo(
    string Name, string Sha256, int Rows, int SkippedRows, IReadOnlyDictionary<string, int> RowsPerLabel, int IntentRows);
