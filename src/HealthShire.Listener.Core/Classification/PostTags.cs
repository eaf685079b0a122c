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

    /// <summary>Equal tags: every value the same, the medications compared name by name (not as list instances).</summary>
    public bool Equals(PostTags? other) =>
        other is not null
        && Topic == other.Topic
        && TopicProbability.Equals(other.TopicProbability)
        && Question == other.Question
        && Medication == other.Medication
        && MedicationQuestion == other.MedicationQuestion
        && Crisis == other.Crisis
        && ModelVersion == other.ModelVersion
        && Medications.SequenceEqual(other.Medications, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Topic, TopicProbability, Question, Medication, MedicationQuestion, Crisis, ModelVersion, Medications.Count);
}
