using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Digest;

/// <summary>
/// Gathers one subscriber's digest from the insights store: the last full week (in the listener's
/// time zone) per subscribed topic and source, the seven weeks before it, rising topics, open
/// questions and the crisis count. Crisis posts are only counted, never listed.
/// </summary>
internal sealed class DigestComposer(
    IInsightsStore insights,
    ListenerCalendar calendar,
    IOptions<DigestOptions> options,
    TimeProvider time)
{
    public const int ChartWeeks = 8;

    /// <summary>How far above its trailing mean (in standard deviations) a week must be to count as rising.</summary>
    public const double RisingZScore = 2.0;

    public async Task<DigestContent> ComposeAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var today = calendar.DayOf(now);
        var weekStart = ListenerCalendar.WeekStart(today).AddDays(-7);
        IReadOnlyList<string> topics = subscriber.Topics.Count > 0 ? subscriber.Topics : [.. Topics.All.Where(t => t != Topics.None)];

        var weeks = await ReadWeeksAsync(subscriber, topics, weekStart, cancellationToken);
        var rising = await insights.GetRisingTopicsAsync(today, ChartWeeks, cancellationToken);
        var questions = new List<TopicQuestions>();
        foreach (var topic in topics)
        {
            var found = await ReadQuestionsAsync(subscriber, topic, settings, now, cancellationToken);
            if (found.Items.Count > 0)
            {
                questions.Add(found);
            }
        }

        return new DigestContent(
            subscriber,
            weekStart,
            weeks,
            [.. rising.Where(r => topics.Contains(r.Topic) && r.ZScore >= RisingZScore)],
            questions,
            weeks.Sum(w => w.Latest.Crisis),
            settings.CrisisResourcesText,
            DigestMessageFactory.SenderAddress(settings.From));
    }

    private async Task<IReadOnlyList<TopicWeeks>> ReadWeeksAsync(
        Subscriber subscriber,
        IReadOnlyList<string> topics,
        DateOnly weekStart,
        CancellationToken cancellationToken)
    {
        var first = weekStart.AddDays(-7 * (ChartWeeks - 1));
        var sums = new Dictionary<(string Topic, DateOnly Start), TrendPoint>();
        foreach (var source in SourceFilters(subscriber))
        {
            var query = new TrendQuery(first, weekStart.AddDays(6), TrendInterval.Week, null, source, null);
            foreach (var series in await insights.GetTrendsAsync(query, cancellationToken))
            {
                foreach (var point in series.Points)
                {
                    var key = (series.Topic, point.Start);
                    sums[key] = sums.TryGetValue(key, out var sum) ? Add(sum, point) : point;
                }
            }
        }

        return
        [
            .. topics.Select(topic => new TopicWeeks(
                topic,
                [
                    .. Enumerable.Range(0, ChartWeeks)
                        .Select(i => first.AddDays(7 * i))
                        .Select(start => sums.TryGetValue((topic, start), out var point) ? point : new TrendPoint(start, 0, 0, 0, 0, 0)),
                ])),
        ];
    }

    private async Task<TopicQuestions> ReadQuestionsAsync(
        Subscriber subscriber,
        string topic,
        DigestOptions settings,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var items = new List<ListedPost>();
        long total = 0;
        foreach (var source in SourceFilters(subscriber))
        {
            var query = new PostQuery(topic, source, null, settings.QuestionMaxAge, QuestionOrder.Score, 1, settings.QuestionsPerTopic);
            var page = await insights.GetOpenQuestionsAsync(query, now, cancellationToken);
            items.AddRange(page.Items);
            total += page.Total;
        }

        return new TopicQuestions(
            topic,
            [.. items.OrderByDescending(p => p.Score).ThenByDescending(p => p.CreatedAt).Take(settings.QuestionsPerTopic)],
            total);
    }

    private static IReadOnlyList<string?> SourceFilters(Subscriber subscriber) =>
        subscriber.Sources.Count == 0 ? [null] : [.. subscriber.Sources];

    private static TrendPoint Add(TrendPoint a, TrendPoint b) => new(
        a.Start,
        a.Posts + b.Posts,
        a.Questions + b.Questions,
        a.MedicationQuestions + b.MedicationQuestions,
        a.Crisis + b.Crisis,
        a.Unanswered + b.Unanswered);
}
