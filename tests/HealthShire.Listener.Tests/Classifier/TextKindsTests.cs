using HealthShire.Listener.Classifier.Data;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class TextKindsTests
{
    private static readonly IntentLabels Judged = new(true, false, false, false);

    [Fact]
    public void TitlesOf_PostsWithTitleAndBody_GivesTheTitleAloneWithTheSameIdAndLabel()
    {
        LabelledPost[] posts =
        [
            new("a1", "x", "adhd", "Can't focus at work", "I lose my keys every day.", Judged),
            new("a2", "x", "adhd", string.Empty, "No title here.", Judged),
            new("a3", "x", "adhd", "Title only", string.Empty, Judged),
        ];

        var titles = TextKinds.TitlesOf(posts).ToList();

        var title = Assert.Single(titles);
        Assert.Equal(("a1", "adhd", "Can't focus at work", string.Empty), (title.Id, title.Label, title.Title, title.Body));
        Assert.Null(title.Intents);
        Assert.Equal(TextKinds.TitlesAlone, title.Kind);
    }

    [Fact]
    public void FirstSentencesOf_BodyOfSeveralSentences_GivesTheFirstOnly()
    {
        LabelledPost[] posts =
        [
            new("b1", "x", "anxiety", "Title", "My heart races at night. It has been weeks.", null),
            new("b2", "x", "anxiety", "Title", "Just one sentence.", null),
        ];

        var first = Assert.Single(TextKinds.FirstSentencesOf(posts));

        Assert.Equal((string.Empty, "My heart races at night."), (first.Title, first.Body));
        Assert.Equal(TextKinds.FirstSentences, first.Kind);
    }

    [Fact]
    public void OfFile_NoRowHasATitle_IsShortPosts()
    {
        LabelledPost[] tweets = [new("t1", "x", "none", string.Empty, "Good morning all", null)];
        LabelledPost[] reddit = [.. tweets, new("r1", "x", "none", "Hello", "A post.", null)];

        Assert.Equal(TextKinds.ShortPosts, TextKinds.OfFile(tweets));
        Assert.Equal(TextKinds.WholePosts, TextKinds.OfFile(reddit));
    }
}
