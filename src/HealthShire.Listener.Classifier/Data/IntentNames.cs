namespace HealthShire.Listener.Classifier.Data;

/// <summary>The intent column names, as in the CSV files, the model card and the JSON output.</summary>
internal static class IntentNames
{
    public static IReadOnlyList<IntentName> All { get; } =
        [IntentName.Question, IntentName.Medication, IntentName.MedicationQuestion, IntentName.Crisis];

    public static string ColumnOf(IntentName name) => name switch
    {
        IntentName.Question => "question",
        IntentName.Medication => "medication",
        IntentName.MedicationQuestion => "medication_question",
        _ => "crisis",
    };
}
