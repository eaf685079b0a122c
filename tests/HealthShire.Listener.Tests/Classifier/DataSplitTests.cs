using HealthShire.Listener.Classifier.Training;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class DataSplitTests
{
    [Fact]
    public void IsValidation_SegmentsOfOnePost_LandOnTheSameSide()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"post{i}").ToList();

        Assert.All(ids, id => Assert.Equal(DataSplit.IsValidation(id), DataSplit.IsValidation(id + ":3-7")));
    }

    [Fact]
    public void IsValidation_ManyIds_HoldsOutAboutTheConfiguredShare()
    {
        var heldOut = Enumerable.Range(0, 5000).Count(i => DataSplit.IsValidation($"id-{i}"));

        Assert.InRange(heldOut, 5000 * (DataSplit.ValidationPercent - 3) / 100, 5000 * (DataSplit.ValidationPercent + 3) / 100);
    }
}
