namespace HealthShire.Listener.Core.Classification;

/// <summary>What the classifier says about one post.</summary>
/// <param name="Topic">One of <see cref="Posts.Topics.All"/>.</param>
/// <param name="TopicProbability">The model's probability for that topic, 0 to 1.</param>
/// <param name="Question">The author asks readers for something.</param>
/// <param name="Medication">The post is about a prescription or psychiatric medication.</param>
/// <param name="MedicationQuestion">A question about medication.</param>
/// <param name="Crisis">Current suicidal thoughts, intent, plan, self-harm or a recent attempt.</param>
/// <param name="ModelVersion">The version of the model that produced these tags.</param>
public sealed record PostTags(
    string Topic,
    float TopicProbability,
    IntentScore Question,
    IntentScore Medication,
    IntentScore MedicationQuestion,
    IntentScore Crisis,
    string ModelVersion)
{
    /// <summary>
    /// The medications the post names, as normalised generic names (<see cref="Medications.MedicationLexicon"/>):
    /// sorted, distinct, lower case; empty when it names none.
    /// </summary>
    public IReadOnlyList<string> Medications { get; init; } = [];
}
