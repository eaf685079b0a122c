using HealthShire.Listener.Classifier.Data;

namespace HealthShire.Listener.Classifier.Model;

internal static class ModelColumns
{
    public const string Hand = nameof(ModelRow.Hand);
    public const string Label = nameof(ModelRow.Label);
    public const string LabelKey = "LabelKey";
    public const string Weight = nameof(ModelRow.Weight);
    public const string Features = nameof(ModelRow.Features);
    public const string IntentFeatures = "IntentFeatures";
    public const string TopicFeatures = "TopicFeatures";
    public const string TopicScore = nameof(ScoredRow.TopicScore);
    public const string IntentTopicScore = "IntentTopicScore";
    public const string ShortTopicScore = "ShortTopicScore";

    public static string LabelOf(IntentName intent) => intent.ToString();

    public static string ProbabilityOf(IntentName intent) => intent + "Probability";
}
