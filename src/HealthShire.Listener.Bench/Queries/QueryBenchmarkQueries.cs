using System.Globalization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Queries;

/// <summary>
/// The queries the benchmark asks, drawn the way the API is called: the dashboard's defaults most
/// often, and the rest of each parameter's range often enough to show in the 95th percentile.
/// </summary>
internal static class QueryBenchmarkQueries
{
    /// <summary>Communities the synthetic posts are spread over, a few of which readers filter on.</summary>
    private static readonly string[] Communities = ["depression", "ADHD", "Anxiety", "ptsd", "mentalhealth"];

    private static readonly string[] Sources = ["reddit", "x"];

    /// <summary>The ranges a dashboard asks for, in days back from today: 4, 12 (the default) and 26 weeks.</summary>
    private static readonly int[] RangeWeeks = [4, 12, 26];

    private const int TrendsWeeks = 12;

    public static TrendQuery Trend(DateOnly today, Random random)
    {
        var weeks = RangeWeeks[random.Next(RangeWeeks.Length)];
        return new TrendQuery(
            ListenerCalendar.WeekStart(today).AddDays(-7 * (weeks - 1)),
            today,
            random.Next(3) == 0 ? TrendInterval.Day : TrendInterval.Week,
            random.Next(3) == 0 ? null : Topics.All[random.Next(Topics.All.Count)],
            random.Next(5) == 0 ? Sources[random.Next(Sources.Length)] : null,
            random.Next(6) == 0 ? Communities[random.Next(Communities.Length)] : null);
    }

    /// <summary>
    /// Half the calls keep the default age of 7 days, the rest ask for 1 to 90 days (the API's
    /// limit); long windows in score order are the slowest case and are drawn as often as any.
    /// </summary>
    public static PostQuery Question(Random random) => new(
        random.Next(2) == 0 ? null : Topics.All[random.Next(Topics.All.Count)],
        random.Next(3) == 0 ? Sources[random.Next(Sources.Length)] : null,
        random.Next(4) == 0 ? Communities[random.Next(Communities.Length)] : null,
        TimeSpan.FromDays(random.Next(2) == 0 ? 7 : random.Next(1, 91)),
        random.Next(3) == 0 ? QuestionOrder.Score : QuestionOrder.Newest,
        random.Next(5) == 0 ? random.Next(2, 6) : 1,
        random.Next(5) == 0 ? 100 : 50);

    /// <summary>
    /// The posts behind a trend point: one week or one day of a topic, the whole range of a legend entry, a source or
    /// community now and then; with <paramref name="search"/>, a word that one post in ten holds (a topic name, as the
    /// synthetic titles say "about adhd") over the whole default range, the slowest search a person makes.
    /// </summary>
    public static PostSearch Posts(DateOnly today, Random random, bool search)
    {
        var last = today.AddDays(-7 * random.Next(0, 12));
        var days = search ? 7 * TrendsWeeks : random.Next(3) switch { 0 => 1, 1 => 7, _ => 7 * TrendsWeeks };
        var topic = Topics.All[random.Next(Topics.All.Count)];
        return new PostSearch(last.AddDays(1 - days), last, random.Next(5) == 0 ? random.Next(2, 6) : 1, 50)
        {
            Topic = search && random.Next(2) == 0 ? null : topic,
            Source = random.Next(5) == 0 ? Sources[random.Next(Sources.Length)] : null,
            Community = random.Next(6) == 0 ? Communities[random.Next(Communities.Length)] : null,
            Text = search ? topic : null,
        };
    }

    /// <summary>
    /// The distinct <c>/api/trends</c> URLs the load cycles through: every topic and all topics, by
    /// week and by day, over the default range and two others.
    /// </summary>
    public static IReadOnlyList<Uri> TrendUrls(DateOnly today)
    {
        var urls = new List<Uri>();
        foreach (var topic in Topics.All.Prepend(null))
        {
            foreach (var interval in (string[])["week", "day"])
            {
                foreach (var weeks in RangeWeeks)
                {
                    var from = ListenerCalendar.WeekStart(today).AddDays(-7 * (weeks - 1));
                    var query = string.Create(CultureInfo.InvariantCulture, $"/api/trends?interval={interval}&from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
                    urls.Add(new Uri(topic is null ? query : query + "&topic=" + topic, UriKind.Relative));
                }
            }
        }

        return urls;
    }
}
