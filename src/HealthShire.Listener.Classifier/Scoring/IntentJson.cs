using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Classifier.Scoring;

internal sealed record IntentJson(bool Present, float Score)
{
    public static IntentJson From(IntentScore score) => new(score.IsPresent, score.Score);
}
