using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Evaluation;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Training;

/// <summary>
/// Trains one logistic head per intent on the judged posts. Thresholds and reported figures come from
/// k-fold out-of-fold scores of the real posts (authored posts only ever train), then the heads are refit on all.
/// </summary>
internal static class IntentTraining
{
    public sealed record Result(ITransformer Heads, IReadOnlyDictionary<string, float> Thresholds, IReadOnlyDictionary<string, ClassMetrics> Metrics);

    /// <param name="weakCrisis">Extra crisis positives that only ever train the crisis head, in every fold.</param>
    public static Result Run(
        MLContext ml, PipelineSettings settings, HashedTextFeaturizer featurizer, ITransformer upstream, IReadOnlyList<LabelledPost> posts, IReadOnlyList<LabelledPost> weakCrisis)
    {
        var rows = posts.Select(p => TrainingSet.ToRow(p, featurizer)).ToList();
        var weakRows = weakCrisis.Select(p => TrainingSet.ToRow(p, featurizer)).ToList();
        var folds = posts.Select(p => p.IsAuthored ? -1 : DataSplit.FoldOf(p.Id)).ToArray();
        var all = upstream.Transform(ml.Data.LoadFromEnumerable(rows));
        var concat = PipelineBuilder.IntentFeatures(ml, settings).Fit(all);

        var outOfFold = IntentNames.All.ToDictionary(i => i, _ => new float[rows.Count]);
        for (var fold = 0; fold < DataSplit.Folds; fold++)
        {
            var trainIdx = Enumerable.Range(0, rows.Count).Where(i => folds[i] != fold).ToList();
            var testIdx = Enumerable.Range(0, rows.Count).Where(i => folds[i] == fold).ToList();
            var train = Features(ml, upstream, concat, trainIdx.Select(i => rows[i]));
            var crisisTrain = weakRows.Count == 0 ? train : Features(ml, upstream, concat, trainIdx.Select(i => rows[i]).Concat(weakRows));
            var test = Features(ml, upstream, concat, testIdx.Select(i => rows[i]));
            foreach (var intent in IntentNames.All)
            {
                var head = PipelineBuilder.IntentHead(ml, settings, intent).Fit(intent == IntentName.Crisis ? crisisTrain : train);
                var scores = head.Transform(test).GetColumn<float>(ModelColumns.ProbabilityOf(intent)).ToArray();
                for (var k = 0; k < testIdx.Count; k++)
                {
                    outOfFold[intent][testIdx[k]] = scores[k];
                }
            }
        }

        var real = Enumerable.Range(0, rows.Count).Where(i => folds[i] >= 0).ToList();
        var thresholds = new SortedDictionary<string, float>(StringComparer.Ordinal);
        var metrics = new SortedDictionary<string, ClassMetrics>(StringComparer.Ordinal);
        foreach (var intent in IntentNames.All)
        {
            var scores = real.Select(i => outOfFold[intent][i]).ToList();
            var labels = real.Select(i => posts[i].Intents?.Get(intent) == true).ToList();
            var threshold = intent == IntentName.Crisis
                ? ThresholdTuner.ForRecall(scores, labels, settings.CrisisMinRecall)
                : ThresholdTuner.BestF1(scores, labels);
            var name = IntentNames.ColumnOf(intent);
            thresholds[name] = threshold;
            metrics[name] = MetricsCalculator.Binary(labels, scores.Select(s => s >= threshold).ToList());
        }

        var full = Features(ml, upstream, concat, rows);
        var fullCrisis = weakRows.Count == 0 ? full : Features(ml, upstream, concat, rows.Concat(weakRows));
        ITransformer heads = concat;
        foreach (var intent in IntentNames.All)
        {
            heads = heads.Append(PipelineBuilder.IntentHead(ml, settings, intent).Fit(intent == IntentName.Crisis ? fullCrisis : full));
        }

        return new Result(heads, thresholds, metrics);
    }

    private static IDataView Features(MLContext ml, ITransformer upstream, ITransformer concat, IEnumerable<ModelRow> rows) =>
        ml.Data.Cache(concat.Transform(upstream.Transform(ml.Data.LoadFromEnumerable(rows.ToList()))));
}
