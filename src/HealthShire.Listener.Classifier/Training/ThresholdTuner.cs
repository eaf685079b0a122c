namespace HealthShire.Listener.Classifier.Training;

/// <summary>Picks a decision threshold from out-of-fold scores.</summary>
internal static class ThresholdTuner
{
    /// <summary>The threshold with the best F1.</summary>
    public static float BestF1(IReadOnlyList<float> scores, IReadOnlyList<bool> labels) =>
        Sweep(scores, labels, (tp, fp, fn) => tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn));

    /// <summary>
    /// For a safety signal: the highest threshold whose recall reaches <paramref name="minRecall"/>,
    /// which is also the one with the best precision among them.
    /// </summary>
    public static float ForRecall(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, double minRecall) =>
        Sweep(scores, labels, (tp, fp, fn) => tp + fn == 0 || (double)tp / (tp + fn) < minRecall ? -1 : (double)tp / (tp + fp));

    private static float Sweep(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, Func<int, int, int, double> objective)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var positives = labels.Count(l => l);
        int tp = 0, fp = 0;
        var best = double.MinValue;
        var threshold = 0.5f;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            // Only cut between distinct scores; the cut sits halfway so unseen scores fall on the sensible side.
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
            {
                continue;
            }

            var value = objective(tp, fp, positives - tp);
            if (value > best)
            {
                best = value;
                threshold = k + 1 < order.Length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }

        return threshold;
    }
}
