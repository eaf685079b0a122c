using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Evaluation;
using HealthShire.Listener.Classifier.Training;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ShippedModelQualityTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Classify_HeldOutSliceOfSharedData_MatchesTheMacroF1InTheModelCard()
    {
        var path = RepositoryPaths.SharedFile("reddit-mh/dev.csv");
        if (path is null)
        {
            Assert.Skip("The shared data set (../shared/data/reddit-mh/dev.csv) is not beside the repository.");
        }

        var card = ShippedModel.Classifier.Card;
        var expected = card.Validation.Topic?.MacroF1;
        Assert.NotNull(expected);
        var file = await PostCsvReader.ReadAsync(path, TestContext.Current.CancellationToken);
        var slice = file.Posts
            .Where(p => p.Label is { } l && card.Topics.Contains(l) && DataSplit.IsValidation(p.Id))
            .DistinctBy(p => p.Id)
            .ToList();

        var tags = ShippedModel.Classifier.Classify(slice.Select(p => new PostText(p.Title, p.Body)).ToList());
        var metrics = MetricsCalculator.Topic(
            slice.Select(p => p.Label ?? Topics.None).ToList(), tags.Select(t => t.Topic).ToList(), card.Topics);

        Assert.InRange(metrics.MacroF1, expected.Value - 0.01, expected.Value + 0.01);
    }
}
