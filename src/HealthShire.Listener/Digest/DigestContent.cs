using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Digest;

/// <summary>Everything one subscriber's digest says, before it is rendered as HTML and text.</summary>
/// <param name="Subscriber">Who it is for.</param>
/// <param name="WeekStart">The Monday of the reported week: the last full week in the listener's time zone.</param>
/// <param name="Topics">Per subscribed topic, the last eight weeks ending with the reported one.</param>
/// <param name="Rising">Subscribed topics unusually active in the reported week, most unusual first.</param>
/// <param name="Questions">Per subscribed topic with any, the top open questions.</param>
/// <param name="CrisisPosts">Posts in the subscribed topics tagged crisis in the reported week (never listed).</param>
/// <param name="CrisisResourcesText">What to do for someone in crisis.</param>
/// <param name="UnsubscribeAddress">Where to write to stop receiving the digest.</param>
internal sealed record DigestContent(
    Subscriber Subscriber,
    DateOnly WeekStart,
    IReadOnlyList<TopicWeeks> Topics,
    IReadOnlyList<RisingTopic> Rising,
    IReadOnlyList<TopicQuestions> Questions,
    long CrisisPosts,
    string CrisisResourcesText,
    string UnsubscribeAddress)
{
    public DateOnly WeekEnd => WeekStart.AddDays(6);
}
