using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>What the classify command prints for one text.</summary>
internal sealed record ClassificationJson(
    string Topic, float Probability, IReadOnlyDictionary<string, IntentJson> Intents, string ModelVersion)
{
    public static ClassificationJson From(PostTags tags) => new(
        tags.Topic,
        tags.TopicProbability,
        new Dictionary<string, IntentJson>
        {
            ["question"] = IntentJson.From(tags.Question),
            ["medication"] = IntentJson.From(tags.Medication),
            ["medication_question"] = IntentJson.From(tags.MedicationQuestion),
            ["crisis"] = IntentJson.From(tags.Crisis),
        },
        tags.ModelVersion);
}
