using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class TopicFeaturesTests
{
    /// <summary>Where the topic features start in the hand-feature vector.</summary>
    private const int Start = HandFeatures.Count - TopicFeatures.Count;

    private static readonly string[] Indicated = Topics.All.Where(t => t != Topics.None).ToArray();

    [Fact]
    public void Count_HasOneIndicationPerTopicButNone()
    {
        Assert.Equal(TopicFeatures.Count - 4, Indicated.Length);
    }

    [Fact]
    public void Compute_StimulantBrandName_PointsToAdhdAndMarksAMedicationQuestion()
    {
        var text = "I just started Ritalin. What should I expect?";

        var features = HandFeatures.Compute(string.Empty, text);

        Assert.Equal(1f, features[Start + Array.IndexOf(Indicated, Topics.Adhd)]);
        Assert.Equal(0f, features[Start + Array.IndexOf(Indicated, Topics.Bipolar)]);
        Assert.Equal(1f, features[Start + Indicated.Length]);
        Assert.Equal(1f, features[Start + Indicated.Length + 3]);
    }

    [Fact]
    public void Compute_RelapseOnOpioids_CountsAddictionWordsAndNoCrisisWord()
    {
        var text = "Relapsed on opioids after 90 days clean, I feel like a failure";

        var features = HandFeatures.Compute(string.Empty, text);

        Assert.True(features[Start + Indicated.Length + 2] > 0f);
        Assert.Equal(0f, features[11]);
    }

    [Fact]
    public void Compute_NoMedicationNorAddiction_LeavesEveryTopicFeatureAtZero()
    {
        var features = HandFeatures.Compute("Trout", "Trout\nWe caught trout at the lake. Does anyone smoke them?");

        Assert.All(Enumerable.Range(Start, TopicFeatures.Count), i => Assert.Equal(0f, features[i]));
    }
}
