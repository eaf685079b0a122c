using HealthShire.Listener.Classifier.Evaluation;

namespace HealthShire.Listener.Classifier.Model;

/// <summary>How the model was validated and what it scored; intent figures come from cross-validation.</summary>
internal sealed record ValidationSummary(
    string TopicMethod, TopicMetrics? Topic, string IntentMethod, IReadOnlyDictionary<string, ClassMetrics> Intents);
