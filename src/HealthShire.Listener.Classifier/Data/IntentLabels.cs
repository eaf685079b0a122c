namespace HealthShire.Listener.Classifier.Data;

/// <summary>Hand-judged intents of one post; null where the file has no such column or the cell is empty.</summary>
internal sealed record IntentLabels(bool? Question, bool? Medication, bool? MedicationQuestion, bool? Crisis)
{
    public bool IsComplete => Question.HasValue && Medication.HasValue && MedicationQuestion.HasValue && Crisis.HasValue;

    public bool? Get(IntentName name) => name switch
    {
        IntentName.Question => Question,
        IntentName.Medication => Medication,
        IntentName.MedicationQuestion => MedicationQuestion,
        _ => Crisis,
    };
}
