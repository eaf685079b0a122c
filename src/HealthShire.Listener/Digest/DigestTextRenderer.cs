using System.Globalization;
using System.Text;

namespace HealthShire.Listener.Digest;

/// <summary>The digest as plain text, the alternative for clients that do not show HTML.</summary>
internal static class DigestTextRenderer
{
    private const string Levels = "▁▂▃▄▅▆▇█";

    public static string Render(DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder(8 * 1024);
        text.AppendLine("HealthShire weekly digest");
        text.AppendLine(DigestFormat.Range(content.WeekStart, content.WeekEnd));
        text.AppendLine();
        text.AppendLine(DigestFormat.Greeting(content));
        text.AppendLine("Here is what people wrote about in your topics last week, and where a provider's answer could help.");

        Section(text, "POSTS PER TOPIC (last week, change, last 8 weeks oldest first)");
        foreach (var topic in content.Topics)
        {
            var counts = string.Join(", ", topic.Weeks.Select(w => DigestFormat.Number(w.Posts)));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {DigestFormat.TopicName(topic.Topic),-22} {DigestFormat.Number(topic.Latest.Posts),6}  {DigestFormat.Change(topic.Change, topic.Latest.Posts),-10} {Sparkline(topic.Weeks.Select(w => w.Posts).ToList())}  ({counts})");
        }

        Section(text, "RISING TOPICS");
        if (content.Rising.Count == 0)
        {
            text.AppendLine("  No topic was unusually busy last week.");
        }

        foreach (var rising in content.Rising)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {DigestFormat.TopicName(rising.Topic)}: {DigestText.RisingLine(rising)}");
        }

        Section(text, "OPEN QUESTIONS");
        if (content.Questions.Count == 0)
        {
            text.AppendLine("  No open questions in your topics right now.");
        }

        foreach (var topic in content.Questions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {DigestFormat.TopicName(topic.Topic)} ({DigestText.Showing(topic)})");
            foreach (var post in topic.Items)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {DigestFormat.Shorten(post.Title.Length > 0 ? post.Title : post.Excerpt, DigestFormat.TitleLength)}");
                if (DigestFormat.SafeUrl(post.Url) is { } url)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {url}");
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"    {DigestText.Meta(post)}");
            }
        }

        Section(text, "CRISIS");
        text.AppendLine(DigestText.CrisisLine(content));
        text.AppendLine(content.CrisisResourcesText);
        text.AppendLine();
        text.AppendLine("--");
        text.AppendLine(DigestFormat.Unsubscribe(content));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title)
    {
        text.AppendLine();
        text.AppendLine(title);
    }

    private static string Sparkline(IReadOnlyList<long> counts)
    {
        var peak = counts.Count == 0 ? 0 : counts.Max();
        return new string([.. counts.Select(c => peak == 0 ? Levels[0] : Levels[(int)Math.Round((Levels.Length - 1) * (double)c / peak)])]);
    }
}
