using System.Globalization;
using System.Text;
using HealthShire.Listener.Api.Trends;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Commands;

/// <summary>Readable tables for the <c>trends</c> and <c>questions</c> commands.</summary>
internal static class InsightsTables
{
    /// <summary>One topic: every count per bucket. Every topic: posts per bucket, one column per topic with posts.</summary>
    public static string Trends(TrendsResponse trends, bool oneTopic, string? medication = null)
    {
        var text = new StringBuilder();
        if (medication is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Posts naming {medication}");
        }

        if (oneTopic && trends.Series.Count == 1)
        {
            var series = trends.Series[0];
            text.AppendLine(CultureInfo.InvariantCulture, $"{series.Key}, per {trends.Interval}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{"START",-10} {"POSTS",7} {"QUESTIONS",9} {"MED.Q",7} {"CRISIS",7} {"UNANSWERED",10}");
            foreach (var p in series.Points)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{Day(p.Start),-10} {p.Posts,7} {p.Questions,9} {p.MedicationQuestions,7} {p.Crisis,7} {p.Unanswered,10}");
            }

            return text.ToString().TrimEnd();
        }

        var shown = trends.Series.Where(s => s.Points.Any(p => p.Posts > 0)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Posts per {trends.GroupBy} and {trends.Interval}");
        if (shown.Count == 0)
        {
            return text.Append("No posts in this range.").ToString();
        }

        var widths = shown.Select(s => Math.Max(s.Key.Length, 6)).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{"START",-10}");
        for (var i = 0; i < shown.Count; i++)
        {
            text.Append(' ').Append(shown[i].Key.PadLeft(widths[i]));
        }

        text.AppendLine();
        for (var row = 0; row < shown[0].Points.Count; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Day(shown[0].Points[row].Start),-10}");
            for (var i = 0; i < shown.Count; i++)
            {
                text.Append(' ').Append(shown[i].Points[row].Posts.ToString(CultureInfo.InvariantCulture).PadLeft(widths[i]));
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    public static string Rising(IReadOnlyList<RisingTopic> topics)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Rising topics: the latest full week against the {TrendsApi.TrailingWeeks} weeks before");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"TOPIC",-18} {"WEEK OF",-10} {"POSTS",6} {"BEFORE",6} {"CHANGE",7} {"MEAN",7} {"SD",6} {"Z",6}");
        foreach (var t in topics)
        {
            var change = t.WeekOverWeekChange is { } c ? (c * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "-";
            var z = t.ZScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.Topic,-18} {Day(t.WeekStart),-10} {t.Posts,6} {t.PreviousWeekPosts,6} {change,7} {t.TrailingMean,7:0.0} {t.TrailingStdDev,6:0.0} {z,6}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Questions(PostPage page)
    {
        var text = new StringBuilder();
        var pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        text.AppendLine(CultureInfo.InvariantCulture, $"Open questions: {page.Total} (page {page.Page} of {pages})");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"CREATED (UTC)",-16} {"SOURCE/COMMUNITY",-24} {"TOPIC",-17} {"SCORE",5}  TITLE");
        foreach (var post in page.Items)
        {
            var where = CommandParameters.Printable($"{post.Source}/{post.Community}", 24);
            var medication = post.MedicationQuestion ? " [medication]" : string.Empty;
            var names = post.Medications.Count == 0 ? string.Empty : $" ({string.Join(", ", post.Medications)})";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),-16} {where,-24} {post.Topic,-17} {post.Score,5}  {CommandParameters.Printable(post.Title, 70)}{medication}{names}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{string.Empty,-16} {post.Id} {CommandParameters.Printable(post.Url, 200)}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
