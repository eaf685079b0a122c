using HealthShire.Listener.Classifier.Evaluation;

namespace HealthShire.Listener.Classifier.Model;

/// <summary>
/// How the model was validated and what it scored; intent figures come from cross-validation. <see cref="Topic"/> is the
/// first data file's held-out whole posts; <see cref="TopicByKind"/> has every file and kind of text held out
/// ("reddit-mh/dev.csv: titles alone", "tweets-mh/dev.csv: short posts").
/// </summary>
internal sealed record ValidationSummary(
    string TopicMethod, TopicMetrics? Topic, string IntentMethod, IReadOnlyDictionary<string, ClassMetrics> Intents)
{
    public IReadOnlyDictionary<string, TopicMetrics>? TopicByKind { get; init; }
}
