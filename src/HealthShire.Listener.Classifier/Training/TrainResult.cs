using HealthShire.Listener.Classifier.Model;

namespace HealthShire.Listener.Classifier.Training;

internal sealed record TrainResult(string ModelPath, string CardPath, ModelCard Card);
