namespace HealthShire.Listener.Classifier.Evaluation;

internal static class MetricsCalculator
{
    public static TopicMetrics Topic(IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var counts = labels.Select(_ => new int[labels.Count]).ToArray();
        var correct = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            counts[index[actual[i]]][index[predicted[i]]]++;
            correct += actual[i] == predicted[i] ? 1 : 0;
        }

        var perClass = new Dictionary<string, ClassMetrics>(StringComparer.Ordinal);
        for (var c = 0; c < labels.Count; c++)
        {
            var tp = counts[c][c];
            var support = counts[c].Sum();
            var predictedCount = counts.Sum(row => row[c]);
            perClass[labels[c]] = Binary(tp, predictedCount - tp, support - tp);
        }

        var withSupport = perClass.Values.Where(m => m.Support > 0).ToList();
        return new TopicMetrics(
            withSupport.Count == 0 ? 0 : withSupport.Average(m => m.F1),
            actual.Count == 0 ? 0 : (double)correct / actual.Count,
            actual.Count,
            perClass,
            new ConfusionMatrix(labels, counts));
    }

    public static ClassMetrics Binary(IReadOnlyList<bool> actual, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            tp += actual[i] && predicted[i] ? 1 : 0;
            fp += !actual[i] && predicted[i] ? 1 : 0;
            fn += actual[i] && !predicted[i] ? 1 : 0;
        }

        return Binary(tp, fp, fn);
    }

    private static ClassMetrics Binary(int tp, int fp, int fn)
    {
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4), tp + fn);
    }
}
