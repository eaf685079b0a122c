using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Training;
using HealthShire.Listener.Core.Posts;

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

    [Fact]
    public void Timelines_CreatedUtcFallingThenRising_StartsANewTimelineAtEachRise()
    {
        var posts = new long[] { 50, 40, 40, 10, 90, 80, 95 }.Select((t, i) => Post(i, t)).ToList();

        Assert.Equal([0, 0, 0, 0, 1, 1, 2], DataSplit.Timelines(posts) ?? []);
    }

    [Fact]
    public void Timelines_ARowWithoutCreatedUtc_GivesNull()
    {
        var posts = new[] { Post(0, 5), Post(1, 4) with { CreatedUtc = null } };

        Assert.Null(DataSplit.Timelines(posts));
    }

    private static LabelledPost Post(int i, long created) =>
        new($"tweet-{i}", "fixture", Topics.None, string.Empty, "some words here", null) { CreatedUtc = created };
}
