namespace HealthShire.Listener.Classifier.Features;

internal enum LexiconKind
{
    Drugs,
    MedicationWords,
    QuestionPhrases,
    Crisis,
    PresentSelf,
    PastOrOthers,
    Addiction,
}
