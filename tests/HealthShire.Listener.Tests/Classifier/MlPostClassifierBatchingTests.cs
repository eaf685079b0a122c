using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class MlPostClassifierBatchingTests
{
    private static readonly string[] Bodies =
    [
        "We caught trout at the lake and grilled them by the campfire on a sunny weekend.",
        "My PTSD flashbacks and nightmares about the assault come back every night.",
        "Started sertraline last week, is the nausea normal? Does it go away?",
        "😀🎉",
        "I have not slept in days and my thoughts are racing again, is this mania?",
        "",
        "Cannot focus at work, I lose my keys and forget every deadline because of my ADHD.",
        "Longer than a short post, so the whole-post head scores it: I have been on lamotrigine for a year now and my mood has been steady, "
            + "but lately the lows are coming back and my psychiatrist wants to add something. Has anyone been through this?",
    ];

    [Fact]
    public void Classify_BatchSpanningSeveralLanesWithWordlessPosts_MatchesClassifyingOneAtATime()
    {
        // Over two full lanes per core, with unscorable posts in between, so rows are refilled and positions skipped;
        // short and long posts mixed, so both kinds of lane fill and score in one call.
        var texts = Enumerable.Range(0, 2_300)
            .Select(i => new PostText(i % 3 == 0 ? string.Empty : "A post", Bodies[i % Bodies.Length] + (i % 5 == 0 ? " again" : string.Empty)))
            .ToList();

        var batch = ShippedModel.Classifier.Classify(texts);
        var single = texts.Take(70).Select(t => ShippedModel.Classifier.Classify([t])[0]);

        Assert.Equal(texts.Count, batch.Count);
        Assert.Equal(single, batch.Take(70));
        // The texts repeat every 120 posts (3 × 5 × 8).
        Assert.Equal(batch.Take(120), batch.Skip(120 * 18).Take(120));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Classify_ConcurrentCallers_EachGetTheirOwnPostsTags()
    {
        // Callers share the pooled lanes: a lane used by two threads at once would mix one caller's rows into another's.
        var batches = Enumerable.Range(0, 6)
            .Select(b => Enumerable.Range(0, 300 + (b * 97)).Select(i => new PostText("A post", Bodies[(i + b) % Bodies.Length])).ToList())
            .ToList();
        var expected = batches.Select(b => ShippedModel.Classifier.Classify(b)).ToList();

        var actual = await Task.WhenAll(batches.Select(b => Task.Run(() => ShippedModel.Classifier.Classify(b))));

        for (var b = 0; b < batches.Count; b++)
        {
            Assert.Equal(expected[b], actual[b]);
        }
    }
}
