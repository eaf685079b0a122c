using System.Text.Json.Serialization;

namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>
/// Figures for one file and kind of text. The report printed by <c>evaluate --json</c> is the first file's whole posts,
/// with every file and kind (whole posts, titles alone, first sentences) listed again in <see cref="Reports"/>.
/// </summary>
internal sealed record EvaluationReport(
    string ModelVersion, TopicMetrics? Topic, IReadOnlyDictionary<string, ClassMetrics> Intents, int Skipped)
{
    /// <summary>The data file these figures are for, with its folder.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Data { get; init; }

    /// <summary>The kind of text (<see cref="Data.TextKinds"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EvaluationReport>? Reports { get; init; }
}
