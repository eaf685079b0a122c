using System.Globalization;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Classifier.Training;
using HealthShire.Listener.Core.Posts;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ClassifierTrainerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("classifier-train-").FullName;

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task TrainAsync_TinyAuthoredCsv_WritesAModelThatLoadsAndTags()
    {
        var data = TinyCsv.Write(folder);
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var output = new StringWriter(CultureInfo.InvariantCulture);

        var result = await new ClassifierTrainer(time).TrainAsync(
            new TrainRequest([data], Path.Combine(folder, "tiny.zip"), Seed: 7), output, TestContext.Current.CancellationToken);

        Assert.True(File.Exists(result.ModelPath));
        Assert.True(File.Exists(result.CardPath));
        Assert.StartsWith("20250304-", result.Card.Version, StringComparison.Ordinal);
        Assert.Contains("macro-F1", output.ToString(), StringComparison.Ordinal);
        var classifier = new MlPostClassifier(ClassifierModel.Load(result.ModelPath));
        var tags = classifier.Classify([new PostText("Trout", "We went fishing at the lake and caught trout for dinner.")]);
        Assert.Contains(tags[0].Topic, Topics.All);
        Assert.Equal(result.Card.Version, tags[0].ModelVersion);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task TrainAsync_SameDataAndSeedTwice_GivesTheSameModelVersionAndMetrics()
    {
        var data = TinyCsv.Write(folder);
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var trainer = new ClassifierTrainer(time);

        var first = await trainer.TrainAsync(new TrainRequest([data], Path.Combine(folder, "a.zip"), Seed: 7), TextWriter.Null, TestContext.Current.CancellationToken);
        var second = await trainer.TrainAsync(new TrainRequest([data], Path.Combine(folder, "b.zip"), Seed: 7), TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(first.Card.Version, second.Card.Version);
        Assert.Equal(first.Card.Validation.Topic?.MacroF1, second.Card.Validation.Topic?.MacroF1);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task TrainAsync_ShortHeadOn_ShortPostsTakeTheirTopicFromItAndLongPostsFromTheMainHead()
    {
        var data = TinyCsv.Write(folder);
        var result = await new ClassifierTrainer(TimeProvider.System).TrainAsync(
            new TrainRequest([data], Path.Combine(folder, "short.zip"), Seed: 7) { Settings = new PipelineSettings { ShortHead = true } },
            TextWriter.Null,
            TestContext.Current.CancellationToken);
        var model = ClassifierModel.Load(result.ModelPath);
        var classifier = new MlPostClassifier(model);
        var shortPost = new PostText(string.Empty, "Panic and worry before every meeting, my heart races");
        var longPost = new PostText("Worry", string.Join(' ', Enumerable.Repeat("Panic and worry before every meeting, my heart races.", 6)));

        var tags = classifier.Classify([shortPost, longPost]);

        Assert.NotNull(model.ShortTransformer);
        Assert.Equal(new PipelineSettings().ShortMaxChars, model.ShortMaxChars);
        var shortHeadScore = BestTopicScore(model, shortPost, shortTexts: true);
        Assert.Equal(shortHeadScore, tags[0].TopicProbability);
        Assert.NotEqual(BestTopicScore(model, shortPost, shortTexts: false), shortHeadScore);
        Assert.Equal(BestTopicScore(model, longPost, shortTexts: false), tags[1].TopicProbability);
    }

    private static float BestTopicScore(ClassifierModel model, PostText post, bool shortTexts)
    {
        var lane = new ScoringLane(model, 4, shortTexts);
        Assert.True(lane.TryAdd(post, 0));
        var best = float.NaN;
        lane.Score((_, topics, _) => best = topics.ToArray().Max());
        return best;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
