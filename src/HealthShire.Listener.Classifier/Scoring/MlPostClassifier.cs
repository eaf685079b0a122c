using System.Collections.Concurrent;
using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>
/// Tags posts by transforming batches through one shared <see cref="Microsoft.ML.ITransformer"/> (safe across threads,
/// unlike a PredictionEngine). Each thread rents a <see cref="ScoringLane"/> from a pool, so the transform of its batch
/// view is built once per lane, not once per batch; large batches are split over the cores. When the model has a
/// short-text head, short posts (titles alone, tweets) go through lanes of their own that take the topic from it.
/// </summary>
internal sealed class MlPostClassifier : IPostClassifier
{
    /// <summary>Rows per lane: enough that a cursor's set-up is small beside the rows it scores, few enough for small buffers.</summary>
    private const int LaneCapacity = 512;

    /// <summary>Below this a batch is not split: a second thread would cost more than it saves.</summary>
    private const int MinRowsPerChunk = 128;

    private readonly ConcurrentBag<ScoringLane> lanes = [];
    private readonly ConcurrentBag<ScoringLane> shortLanes = [];

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
        var chunkSize = Math.Clamp((texts.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, MinRowsPerChunk, LaneCapacity);
        var chunks = (texts.Count + chunkSize - 1) / chunkSize;
        if (chunks <= 1)
        {
            ClassifyRange(texts, results, 0, texts.Count);
        }
        else
        {
            // Chunks of at most one lane each, at most one thread per core: the lanes' buffers stay small whatever the
            // batch size, and the caller's thread works too.
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                c => ClassifyRange(texts, results, c * chunkSize, Math.Min(texts.Count, (c + 1) * chunkSize)));
        }

        // The medications named come from the lexicon, whatever the model says about the post.
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = results[i] with { Medications = PostMedications.Find(texts[i]) };
        }

        return results;
    }

    private void ClassifyRange(IReadOnlyList<PostText> texts, PostTags[] results, int start, int end)
    {
        // A lane goes back to the pool only after a clean run, so a failure cannot leave stale rows in a pooled batch.
        var lane = lanes.TryTake(out var pooled) ? pooled : new ScoringLane(model, LaneCapacity);
        ScoringLane? shortLane = null;
        ScoredRowSink sink = (position, topicScores, probabilities) => results[position] = ToTags(topicScores, probabilities);
        for (var i = start; i < end; i++)
        {
            var target = TakesShortHead(texts[i])
                ? shortLane ??= shortLanes.TryTake(out var pooledShort) ? pooledShort : new ScoringLane(model, LaneCapacity, shortTexts: true)
                : lane;
            if (!target.TryAdd(texts[i], i))
            {
                results[i] = wordless;
            }
            else if (target.IsFull)
            {
                target.Score(sink);
            }
        }

        lane.Score(sink);
        lanes.Add(lane);
        if (shortLane is not null)
        {
            shortLane.Score(sink);
            shortLanes.Add(shortLane);
        }
    }

    /// <summary>Whether the post goes to the short-text head: the model has one, and the post is short and untitled (<see cref="Features.TextPreparation.TakesShortHead"/>).</summary>
    public bool TakesShortHead(PostText text) =>
        model.ShortTransformer is not null && Features.TextPreparation.TakesShortHead(text.Title, text.Body, model.ShortMaxChars);

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
