namespace HealthShire.Listener.Classifier.Data;

/// <summary>The usable rows of one CSV file and how many were skipped as malformed.</summary>
internal sealed record PostCsvFile(string Path, IReadOnlyList<LabelledPost> Posts, int SkippedRows, bool HasTopicLabels, bool HasIntents);
