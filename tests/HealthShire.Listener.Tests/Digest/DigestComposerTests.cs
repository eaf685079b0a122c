using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Digest;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Tests.Digest;

public sealed class DigestComposerTests
{
    // Wednesday 18 November 2026: the reported week is Monday 9 to Sunday 15 November.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero));
    private readonly StubInsightsStore _store = new();

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ComposeAsync_AsksForTheEightWeeksEndingWithTheLastFullWeek()
    {
        var content = await Composer().ComposeAsync(DigestSamples.Subscriber(), TestContext.Current.CancellationToken);

        var query = Assert.Single(_store.TrendQueries);
        Assert.Equal((new DateOnly(2026, 9, 21), new DateOnly(2026, 11, 15), TrendInterval.Week), (query.From, query.To, query.Interval));
        Assert.Equal(new DateOnly(2026, 11, 9), content.WeekStart);
        Assert.All(content.Topics, topic => Assert.Equal(DigestComposer.ChartWeeks, topic.Weeks.Count));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ComposeAsync_SeveralSources_SumsTheirCountsAndCrisis()
    {
        _store.SeriesBySource["reddit"] = [Series("adhd", (2, 3, 1), (9, 5, 0))];
        _store.SeriesBySource["x"] = [Series("adhd", (2, 1, 0), (9, 2, 2))];
        var subscriber = DigestSamples.Subscriber(topics: "adhd") with { Sources = ["reddit", "x"] };

        var content = await Composer().ComposeAsync(subscriber, TestContext.Current.CancellationToken);

        var adhd = Assert.Single(content.Topics);
        Assert.Equal((7L, 4L), (adhd.Latest.Posts, adhd.PreviousPosts));
        Assert.Equal(0.75, adhd.Change);
        Assert.Equal(2, content.CrisisPosts);
        Assert.Equal(["reddit", "x"], _store.TrendQueries.Select(q => q.Source));
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ComposeAsync_RisingAndQuestions_OnlyForSubscribedTopics()
    {
        var week = new DateOnly(2026, 11, 9);
        _store.Rising.AddRange([
            new RisingTopic("adhd", week, 30, 10, 2.0, 10, 4, 5.0),
            new RisingTopic("anxiety", week, 40, 10, 3.0, 10, 4, 7.5),
            new RisingTopic("adhd", week, 11, 10, 0.1, 10, 4, 0.25),
        ]);
        _store.Questions.Add(DigestSamples.Question("ADHD question", topic: "adhd"));
        _store.Questions.Add(DigestSamples.Question("Anxiety question", topic: "anxiety"));

        var content = await Composer().ComposeAsync(DigestSamples.Subscriber(topics: "adhd"), TestContext.Current.CancellationToken);

        Assert.Equal(5.0, Assert.Single(content.Rising).ZScore);
        var questions = Assert.Single(content.Questions);
        Assert.Equal("ADHD question", Assert.Single(questions.Items).Title);
        Assert.All(_store.QuestionQueries, q => Assert.Equal((QuestionOrder.Score, 5), (q.Order, q.PageSize)));
    }

    private DigestComposer Composer() => new(
        _store,
        new ListenerCalendar(TimeZoneInfo.Utc),
        Options.Create(new DigestOptions { From = "digest@clinic.example", CrisisResourcesText = "Call 988." }),
        _time);

    private static TrendSeries Series(string topic, params (int Day, long Posts, long Crisis)[] weeks) =>
        new(topic, [.. weeks.Select(w => new TrendPoint(new DateOnly(2026, 11, w.Day), w.Posts, 0, 0, w.Crisis, 0))]);
}
