using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>
/// Tags posts by transforming whole batches through one shared <see cref="Microsoft.ML.ITransformer"/>
/// (safe across threads, unlike a PredictionEngine); large batches are split over the cores.
/// </summary>
internal sealed class MlPostClassifier : IPostClassifier
{
    private const int MinRowsPerPartition = 256;

    private readonly ClassifierModel model;
    private readonly float[] thresholds;
    private readonly PostTags wordless;

    public MlPostClassifier(ClassifierModel model)
    {
        this.model = model;
        thresholds = IntentNames.All
            .Select(i => model.Card.Thresholds.TryGetValue(IntentNames.ColumnOf(i), out var t) ? t : 0.5f)
            .ToArray();
        var noIntent = new IntentScore(false, 0f);
        wordless = new PostTags(Topics.None, 1f / model.Card.Topics.Count, noIntent, noIntent, noIntent, noIntent, ModelVersion);
    }

    public string ModelVersion => model.Card.Version;

    public ModelCard Card => model.Card;

    public IReadOnlyList<PostTags> Classify(IReadOnlyList<PostText> texts)
    {
        var results = new PostTags[texts.Count];
        var partitions = Math.Clamp(texts.Count / MinRowsPerPartition, 1, Environment.ProcessorCount);
        if (partitions == 1)
        {
            ClassifyRange(texts, results, 0, texts.Count);
        }
        else
        {
            var size = (texts.Count + partitions - 1) / partitions;
            Parallel.For(0, partitions, p => ClassifyRange(texts, results, p * size, Math.Min(texts.Count, (p + 1) * size)));
        }

        return results;
    }

    private void ClassifyRange(IReadOnlyList<PostText> texts, PostTags[] results, int start, int end)
    {
        var rows = new List<ModelRow>(end - start);
        var positions = new List<int>(end - start);
        for (var i = start; i < end; i++)
        {
            var text = TextPreparation.Combine(texts[i]);
            if (!TextPreparation.HasWords(text))
            {
                results[i] = wordless;
                continue;
            }

            rows.Add(new ModelRow { Features = model.Featurizer.Featurize(text), Hand = HandFeatures.Compute(texts[i].Title ?? string.Empty, text) });
            positions.Add(i);
        }

        if (rows.Count == 0)
        {
            return;
        }

        var context = model.Context;
        var scored = model.Transformer.Transform(context.Data.LoadFromEnumerable(rows));
        var index = 0;
        foreach (var row in context.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: true))
        {
            results[positions[index++]] = ToTags(row);
        }
    }

    private PostTags ToTags(ScoredRow row)
    {
        var best = 0;
        for (var i = 1; i < row.TopicScore.Length; i++)
        {
            if (row.TopicScore[i] > row.TopicScore[best])
            {
                best = i;
            }
        }

        return new PostTags(
            model.Card.Topics[best],
            row.TopicScore[best],
            Intent(row.QuestionProbability, IntentName.Question),
            Intent(row.MedicationProbability, IntentName.Medication),
            Intent(row.MedicationQuestionProbability, IntentName.MedicationQuestion),
            Intent(row.CrisisProbability, IntentName.Crisis),
            ModelVersion);
    }

    private IntentScore Intent(float probability, IntentName name) =>
        new(probability >= thresholds[(int)name], probability);
}
