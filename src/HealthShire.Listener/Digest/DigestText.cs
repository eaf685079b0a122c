using System.Globalization;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Digest;

/// <summary>Sentences both renderings share, as plain text.</summary>
internal static class DigestText
{
    public static string RisingLine(RisingTopic rising) => string.Create(
        CultureInfo.InvariantCulture,
        $"{DigestFormat.Number(rising.Posts)} posts against a usual {DigestFormat.Decimal(rising.TrailingMean)} " +
        $"(± {DigestFormat.Decimal(rising.TrailingStdDev)}), z-score {DigestFormat.Decimal(rising.ZScore ?? 0)}");

    public static string Showing(TopicQuestions topic) =>
        topic.Total > topic.Items.Count
            ? $"top {topic.Items.Count} of {DigestFormat.Number(topic.Total)} open"
            : $"{DigestFormat.Number(topic.Total)} open";

    /// <summary>Where and when, the score, and the medications it names (plain text: the HTML rendering encodes it).</summary>
    public static string Meta(ListedPost post)
    {
        var meta = $"{DigestFormat.Where(post.Source, post.Community)} · {DigestFormat.Day(DateOnly.FromDateTime(post.CreatedAt.UtcDateTime))} · score {post.Score}";
        meta = post.MedicationQuestion ? meta + " · medication question" : meta;
        return post.Medications.Count == 0 ? meta : $"{meta} · {string.Join(", ", post.Medications)}";
    }

    public static string CrisisLine(DigestContent content) => content.CrisisPosts switch
    {
        0 => "No posts in your topics were tagged as a possible crisis last week.",
        1 => "1 post in your topics was tagged as a possible crisis last week. Crisis posts are never listed here as leads.",
        _ => $"{DigestFormat.Number(content.CrisisPosts)} posts in your topics were tagged as a possible crisis last week. Crisis posts are never listed here as leads.",
    };
}
