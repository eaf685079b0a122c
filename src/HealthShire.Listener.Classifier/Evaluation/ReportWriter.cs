using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Classifier.Model;

namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>Prints an evaluation report as aligned text or as one JSON object.</summary>
internal static class ReportWriter
{
    public static Task WriteJsonAsync(EvaluationReport report, TextWriter output, CancellationToken cancellationToken) =>
        output.WriteLineAsync(JsonSerializer.Serialize(report, ClassifierJsonContext.Default.EvaluationReport).AsMemory(), cancellationToken);

    public static Task WriteTextAsync(EvaluationReport report, TextWriter output, string scope, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Model {report.ModelVersion} ({scope})");
        if (report.Topic is { } topic)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Topic: macro-F1 {topic.MacroF1:F4}  accuracy {topic.Accuracy:F4}  ({topic.Count} posts)");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"class",-18} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
            foreach (var (name, m) in topic.PerClass)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-18} {m.Precision,9:F4} {m.Recall,9:F4} {m.F1,9:F4} {m.Support,8}");
            }

            text.AppendLine("  Confusion (rows actual, columns predicted):");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {string.Empty,-18} {string.Join(" ", topic.Confusion.Labels.Select(Short))}");
            for (var r = 0; r < topic.Confusion.Labels.Count; r++)
            {
                var cells = topic.Confusion.Counts[r].Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(6));
                text.AppendLine(CultureInfo.InvariantCulture, $"  {topic.Confusion.Labels[r],-18} {string.Join(" ", cells)}");
            }
        }

        foreach (var (name, m) in report.Intents)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Intent {name,-20} precision {m.Precision:F4}  recall {m.Recall:F4}  f1 {m.F1:F4}  support {m.Support}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Skipped rows: {report.Skipped}");
        return output.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    private static string Short(string label) => (label.Length > 6 ? label[..6] : label).PadLeft(6);
}
