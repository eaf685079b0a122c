using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class MlPostClassifierMedicationTests
{
    [Fact]
    public void Classify_PostsNamingMedications_TagsTheirGenericNamesFromTitleAndBody()
    {
        var tags = ShippedModel.Classifier.Classify(
        [
            new PostText("I just started Ritalin. What should I expect?", string.Empty),
            new PostText("Zoloft", "Switched to lexapro and my doctor added WELLBUTRIN, also still on zoloft."),
            new PostText("A walk by the lake", "Nothing about medicine here."),
            new PostText("ritalin", "concerta"),
            new PostText(string.Empty, string.Empty),
        ]);

        Assert.Equal(["methylphenidate"], tags[0].Medications);
        Assert.Equal(["bupropion", "escitalopram", "sertraline"], tags[1].Medications);
        Assert.Empty(tags[2].Medications);
        Assert.Equal(["methylphenidate"], tags[3].Medications);
        Assert.Empty(tags[4].Medications);
    }
}
