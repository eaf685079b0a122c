using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using Microsoft.ML.Data;

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

            var title = texts[i].Title ?? string.Empty;
            rows.Add(new ModelRow { Features = model.Featurizer.Featurize(title, text), Hand = HandFeatures.Compute(title, text) });
            positions.Add(i);
        }

        if (rows.Count == 0)
        {
            return;
        }

        // One Transform per range, read through cursor getters: no output objects, only the columns the tags need.
        var scored = model.Transformer.Transform(model.Context.Data.LoadFromEnumerable(rows));
        var topicColumn = scored.Schema[ModelColumns.TopicScore];
        var intentColumns = IntentNames.All.Select(i => scored.Schema[ModelColumns.ProbabilityOf(i)]).ToArray();
        using var cursor = scored.GetRowCursor([topicColumn, .. intentColumns]);
        var topicGetter = cursor.GetGetter<VBuffer<float>>(topicColumn);
        var intentGetters = intentColumns.Select(cursor.GetGetter<float>).ToArray();
        VBuffer<float> topicScores = default;
        Span<float> probabilities = stackalloc float[intentGetters.Length];
        var index = 0;
        while (cursor.MoveNext())
        {
            topicGetter(ref topicScores);
            for (var k = 0; k < intentGetters.Length; k++)
            {
                intentGetters[k](ref probabilities[k]);
            }

            results[positions[index++]] = ToTags(topicScores.GetValues(), probabilities);
        }
    }

    private PostTags ToTags(ReadOnlySpan<float> topicScores, ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var i = 1; i < topicScores.Length; i++)
        {
            if (topicScores[i] > topicScores[best])
            {
                best = i;
            }
        }

        return new PostTags(
            model.Card.Topics[best],
            topicScores[best],
            Intent(probabilities, IntentName.Question),
            Intent(probabilities, IntentName.Medication),
            Intent(probabilities, IntentName.MedicationQuestion),
            Intent(probabilities, IntentName.Crisis),
            ModelVersion);
    }

    private IntentScore Intent(ReadOnlySpan<float> probabilities, IntentName name) =>
        new(probabilities[(int)name] >= thresholds[(int)name], probabilities[(int)name]);
}
