namespace HealthShire.Listener.Classifier.Evaluation;

internal sealed record ClassMetrics(double Precision, double Recall, double F1, int Support);
