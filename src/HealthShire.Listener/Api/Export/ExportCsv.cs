using System.Globalization;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Export;

/// <summary>The export as CSV: one file of posts, one of weekly counts.</summary>
internal static class ExportCsv
{
    private static readonly string[] PostColumns =
    [
        "id", "source", "community", "createdAt", "topic", "topicProbability", "question", "medication",
        "medicationQuestion", "crisis", "score", "replyCount", "url", "title", "body",
    ];

    public static async Task WritePostsAsync(
        IAsyncEnumerable<ExportedPost> posts,
        bool includePseudonyms,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var line = new CsvLine();
        foreach (var column in PostColumns)
        {
            line.Value(column);
        }

        if (includePseudonyms)
        {
            line.Value("authorPseudonym");
        }

        await output.WriteAsync(line.End());
        await foreach (var post in posts.WithCancellation(cancellationToken))
        {
            line.Text(post.Id).Text(post.Source).Text(post.Community)
                .Value(post.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
                .Text(post.Topic).Value(post.TopicProbability.ToString("0.###", CultureInfo.InvariantCulture))
                .Value(Flag(post.Question)).Value(Flag(post.Medication)).Value(Flag(post.MedicationQuestion)).Value(Flag(post.Crisis))
                .Value(post.Score.ToString(CultureInfo.InvariantCulture)).Value(post.ReplyCount.ToString(CultureInfo.InvariantCulture))
                .Text(post.Url).Text(post.Title).Text(post.Body);
            if (includePseudonyms)
            {
                line.Text(post.AuthorPseudonym);
            }

            await output.WriteAsync(line.End());
        }
    }

    public static async Task WriteWeeklyAsync(IReadOnlyList<TrendSeries> weekly, TextWriter output)
    {
        var line = new CsvLine();
        foreach (var column in (string[])["weekStart", "topic", "posts", "questions", "medicationQuestions", "crisis", "unanswered"])
        {
            line.Value(column);
        }

        await output.WriteAsync(line.End());
        foreach (var series in weekly)
        {
            foreach (var p in series.Points)
            {
                line.Value(p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Text(series.Topic)
                    .Value(Count(p.Posts)).Value(Count(p.Questions)).Value(Count(p.MedicationQuestions))
                    .Value(Count(p.Crisis)).Value(Count(p.Unanswered));
                await output.WriteAsync(line.End());
            }
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
