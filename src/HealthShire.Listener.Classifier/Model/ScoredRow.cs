namespace HealthShire.Listener.Classifier.Model;

/// <summary>The model's output columns, one probability per topic (in card order) and per intent.</summary>
internal sealed class ScoredRow
{
    public float[] TopicScore { get; set; } = [];

    public float QuestionProbability { get; set; }

    public float MedicationProbability { get; set; }

    public float MedicationQuestionProbability { get; set; }

    public float CrisisProbability { get; set; }
}
