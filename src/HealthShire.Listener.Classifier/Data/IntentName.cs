namespace HealthShire.Listener.Classifier.Data;

internal enum IntentName
{
    Question,
    Medication,
    MedicationQuestion,
    Crisis,
}
