namespace HealthShire.Listener.Classifier.Evaluation;

internal sealed record EvaluationReport(
    string ModelVersion, TopicMetrics? Topic, IReadOnlyDictionary<string, ClassMetrics> Intents, int Skipped);
