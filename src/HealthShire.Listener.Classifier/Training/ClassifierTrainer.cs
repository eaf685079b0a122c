using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Classifier.Evaluation;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Core.Posts;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Training;

/// <summary>The logic behind the train command: fit, validate, print the figures, write the model and its card.</summary>
internal sealed class ClassifierTrainer(TimeProvider timeProvider)
{
    public async Task<TrainResult> TrainAsync(TrainRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        var set = await TrainingSet.LoadAsync(request.DataFiles, settings, cancellationToken);
        await output.WriteLineAsync(
            $"Topic rows: {set.TopicTrain.Count} train, {set.TopicValidation.Count} held out; short-head rows: {set.ShortTrain.Count}; judged intent rows: {set.Intents.Count}; weak crisis rows: {set.WeakCrisis.Count}.");
        var ml = new MLContext(request.Seed);

        var weights = ClassWeights(set.TopicTrain, settings.ClassWeightPower, kind => kind switch
        {
            Data.TextKinds.WholePosts => null,
            Data.TextKinds.TitlesAlone => settings.TitleRowWeight,
            _ => settings.ShortPostWeight,
        });
        var featurizer = HashedTextFeaturizer.Fit(set.TopicTrain.Select(p => (p.Title, TextPreparation.Combine(p.Title, p.Body))), settings.TextFeatures);
        var trainView = Rows(ml, set.TopicTrain, featurizer, weights);
        var labelKey = PipelineBuilder.LabelKey(ml).Fit(trainView);
        var keyed = labelKey.Transform(trainView);
        var topicHead = PipelineBuilder.TopicHead(ml, settings, ModelColumns.TopicScore).Fit(ml.Data.Cache(keyed));
        cancellationToken.ThrowIfCancellationRequested();
        var intentTopicHead = PipelineBuilder.TopicHead(ml, settings, ModelColumns.IntentTopicScore)
            .Fit(ml.Data.Cache(labelKey.Transform(Rows(ml, set.TopicTrainUnjudged, featurizer, weights))));
        cancellationToken.ThrowIfCancellationRequested();

        // Disposing a chain disposes its transformers, which live on in the model's chain below: neither chain is disposed here.
#pragma warning disable CA2000
        var upstream = new TransformerChain<ITransformer>(topicHead, intentTopicHead);
        var intents = IntentTraining.Run(ml, settings, featurizer, upstream, set.Intents, set.WeakCrisis);

        // The second head only exists to give the judged posts honest (unseen) topic scores while the intent heads train.
        // A new post is unseen by the main head too, so at scoring time the intent heads read the main head's scores:
        // one topic head per post instead of two.
        var reuseTopicScores = ml.Transforms.CopyColumns(ModelColumns.IntentTopicScore, ModelColumns.TopicScore).Fit(topicHead.Transform(keyed));
        var chain = new TransformerChain<ITransformer>(topicHead, reuseTopicScores, intents.Heads);
        var withShortHead = ShortHead(ml, settings, set, featurizer, labelKey) is { } shortHead
            ? new TransformerChain<ITransformer>(topicHead, reuseTopicScores, intents.Heads, shortHead)
            : null;
#pragma warning restore CA2000
        var topics = TopicNames(keyed.Schema[ModelColumns.LabelKey]);

        var draft = new ModelCard(
            string.Empty, timeProvider.GetUtcNow(), request.Seed, topics, intents.Thresholds,
            PipelineBuilder.Describe(settings), settings.Describe(), set.Files,
            new ValidationSummary(
                $"{DataSplit.ValidationPercent}% of real posts held out by a hash of the post id; authored posts only train",
                null,
                $"{DataSplit.Folds}-fold cross-validation on real judged posts (folds by a hash of the post id), out-of-fold scores",
                intents.Metrics));
        var scorer = new MlPostClassifier(new ClassifierModel(ml, featurizer, chain, draft, withShortHead));
        var byKind = new SortedDictionary<string, TopicMetrics>(StringComparer.Ordinal);
        foreach (var group in set.ValidationKinds)
        {
            byKind[group.Name] = ValidateTopics(scorer, group.Posts, topics);
        }

        var topicMetrics = set.ValidationKinds.Count == 0 ? null : byKind[set.ValidationKinds[0].Name];
        var card = WithVersion(draft with { Validation = draft.Validation with { Topic = topicMetrics, TopicByKind = byKind } });

        var model = new ClassifierModel(ml, featurizer, chain, card, withShortHead);
        model.Save(request.OutPath, trainView.Schema);
        var cardPath = Path.ChangeExtension(request.OutPath, ".card.json");
        await File.WriteAllTextAsync(cardPath, JsonSerializer.Serialize(card, ClassifierJsonContext.Default.ModelCard) + "\n", cancellationToken);

        await output.WriteLineAsync($"Model {card.Version} written to {request.OutPath} (card: {cardPath}).");
        var report = new EvaluationReport(card.Version, topicMetrics, intents.Metrics, 0);
        await ReportWriter.WriteTextAsync(report, output, "held-out topic posts; intents cross-validated", cancellationToken);
        foreach (var group in set.ValidationKinds.Skip(1))
        {
            await ReportWriter.WriteTextAsync(
                new EvaluationReport(card.Version, byKind[group.Name], new Dictionary<string, ClassMetrics>(), 0), output, $"held out: {group.Name}", cancellationToken);
        }
        return new TrainResult(request.OutPath, cardPath, card);
    }

    /// <summary>
    /// The short-text head, or null when it is off or its rows hold fewer than two topics. Within each kind of text the
    /// classes are weighted as in the main head; each kind then weighs the same on average, the files of short posts
    /// (labelled per user) <see cref="PipelineSettings.ShortHeadTweetWeight"/> of that.
    /// </summary>
    private static ITransformer? ShortHead(MLContext ml, PipelineSettings settings, TrainingSet set, HashedTextFeaturizer featurizer, ITransformer labelKey)
    {
        if (!settings.ShortHead || set.ShortTrain.Select(p => p.Label).Distinct().Count() < 2)
        {
            return null;
        }

        var weights = ClassWeights(set.ShortTrain, settings.ClassWeightPower, kind => kind == Data.TextKinds.ShortPosts ? settings.ShortHeadTweetWeight : 1f);
        return PipelineBuilder.TopicHead(ml, settings, ModelColumns.ShortTopicScore)
            .Fit(ml.Data.Cache(labelKey.Transform(Rows(ml, set.ShortTrain, featurizer, weights))));
    }

    private static TopicMetrics ValidateTopics(MlPostClassifier scorer, IReadOnlyList<Data.LabelledPost> posts, IReadOnlyList<string> topics)
    {
        var tags = scorer.Classify(posts.Select(p => new PostText(p.Title, p.Body)).ToList());
        return MetricsCalculator.Topic(posts.Select(p => p.Label ?? Topics.None).ToList(), tags.Select(t => t.Topic).ToList(), topics);
    }

    private static IDataView Rows(MLContext ml, IEnumerable<Data.LabelledPost> posts, HashedTextFeaturizer featurizer, Dictionary<(string, string), float> weights) =>
        ml.Data.LoadFromEnumerable(posts.Select(p => TrainingSet.ToRow(p, featurizer, weights[(p.Kind, p.Label ?? string.Empty)])).ToList());

    /// <summary>
    /// Class weights within each kind of text ((mean / count)^power). A kind whose share is null keeps its weights as they
    /// are; the rows of every other kind are scaled so that one weighs, on average, its share of a whole post
    /// (main head: <see cref="PipelineSettings.TitleRowWeight"/>, <see cref="PipelineSettings.ShortPostWeight"/>): a file of
    /// tweets labelled depression/none per user must not swamp the Reddit classes, nor the titles outweigh their posts.
    /// </summary>
    private static Dictionary<(string Kind, string Label), float> ClassWeights(IReadOnlyList<Data.LabelledPost> posts, float power, Func<string, float?> share)
    {
        var raw = new Dictionary<(string Kind, string Label), double>();
        var perRow = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var kind in posts.GroupBy(p => p.Kind, StringComparer.Ordinal))
        {
            var counts = kind.GroupBy(p => p.Label ?? string.Empty, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            var mean = (double)kind.Count() / counts.Count;
            foreach (var (label, count) in counts)
            {
                raw[(kind.Key, label)] = Math.Pow(mean / count, power);
            }

            perRow[kind.Key] = counts.Sum(c => raw[(kind.Key, c.Key)] * c.Value) / kind.Count();
        }

        var reference = share(Data.TextKinds.WholePosts) is null ? perRow.GetValueOrDefault(Data.TextKinds.WholePosts, 1.0) : 1.0;
        return raw.ToDictionary(
            r => r.Key,
            r => (float)(share(r.Key.Kind) is { } part ? r.Value / perRow[r.Key.Kind] * reference * part : r.Value));
    }

    private static List<string> TopicNames(DataViewSchema.Column labelKey)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        labelKey.GetKeyValues(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }

    /// <summary>The version is the training date and a short hash of everything the card says about the model.</summary>
    private static ModelCard WithVersion(ModelCard card)
    {
        var json = JsonSerializer.Serialize(card with { Version = string.Empty, TrainedAt = default }, ClassifierJsonContext.Default.ModelCard);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8];
        return card with { Version = $"{card.TrainedAt:yyyyMMdd}-{hash}" };
    }
}
