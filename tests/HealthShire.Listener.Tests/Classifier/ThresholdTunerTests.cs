using HealthShire.Listener.Classifier.Training;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ThresholdTunerTests
{
    private static readonly float[] Scores = [0.95f, 0.9f, 0.8f, 0.7f, 0.6f, 0.4f, 0.3f, 0.2f];
    private static readonly bool[] Labels = [true, true, true, false, true, false, false, false];

    [Fact]
    public void BestF1_SeparableExceptOne_CutsBelowTheLastLikelyPositive()
    {
        var threshold = ThresholdTuner.BestF1(Scores, Labels);

        Assert.InRange(threshold, 0.4f, 0.6f);
    }

    [Fact]
    public void ForRecall_HighRecallAsked_KeepsEveryPositiveAboveTheThreshold()
    {
        var threshold = ThresholdTuner.ForRecall(Scores, Labels, minRecall: 1.0);

        Assert.All(Scores.Where((_, i) => Labels[i]), s => Assert.True(s >= threshold));
        Assert.True(threshold > 0.4f);
    }

    [Fact]
    public void ForRecall_LowRecallAsked_PicksAStricterThreshold()
    {
        var strict = ThresholdTuner.ForRecall(Scores, Labels, minRecall: 0.5);
        var lenient = ThresholdTuner.ForRecall(Scores, Labels, minRecall: 1.0);

        Assert.True(strict > lenient);
    }
}
