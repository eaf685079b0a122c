using System.Text.Json.Serialization;
using HealthShire.Listener.Classifier.Evaluation;
using HealthShire.Listener.Classifier.Scoring;

namespace HealthShire.Listener.Classifier.Model;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ModelCard))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(ClassificationJson))]
internal sealed partial class ClassifierJsonContext : JsonSerializerContext;
