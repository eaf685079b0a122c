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

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
