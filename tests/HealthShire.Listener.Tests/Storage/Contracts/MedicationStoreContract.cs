using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Tests.Storage.Insights;
using Microsoft.Extensions.Logging.Testing;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>
/// The medications each post names, on either store: kept per post and in day rollups by every write path (save,
/// sighting, refresh, retag) in the same transaction, and queried by trends, the open-question list and the weekly
/// summary.
/// </summary>
public abstract class MedicationStoreContract(StoreKind kind)
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = Some.CreatedAt.AddHours(2);

    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    private static PostTags Tags(bool question = false, params string[] medications) =>
        Some.Tags(question: question) with { Medications = medications };

    private static PostQuery Questions(string? medication = null) =>
        new(null, null, null, TimeSpan.FromDays(7), QuestionOrder.Newest, 1, 50) { Medication = medication };

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task SaveBatchAsync_PostsNamingMedications_StoredPerPostAndCountedPerMedication()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("both"), Tags(true, "lithium", "sertraline")),
                Some.Classified(Some.Post("one"), Tags(false, "sertraline")),
                Some.Classified(Some.Post("none"), Tags(true)),
                Some.Classified(Some.Post("gone", flags: PostFlags.Removed), Tags(true, "sertraline")),
            ],
            [],
            None);

        Assert.Equal("lithium,sertraline", await store.TextAsync("both", "medications"));
        Assert.Equal(string.Empty, await store.TextAsync("none", "medications"));
        Assert.Equal(4L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_medications"));
        var rollups = await MedicationRollupAssert.RollupsAsync(store);
        Assert.Equal(new DayCounts(3, 2, 0, 0, 1), rollups[$"{Day:yyyy-MM-dd}|sertraline|{Topics.Depression}|reddit|depression"]);
        Assert.Equal(new DayCounts(1, 1, 0, 0, 1), rollups[$"{Day:yyyy-MM-dd}|lithium|{Topics.Depression}|reddit|depression"]);
        await MedicationRollupAssert.MatchesRecountAsync(store);
        await RollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EveryWritePath_MovesMedicationsAndTheirRollups()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("a"), Tags(true, "lithium")), Some.Classified(Some.Post("b"), Tags(true, "bupropion"))], [], None);

        // Seen again with other tags, then again only as deleted: the tags made from the text stay.
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", replyCount: 1), Tags(true, "lamotrigine", "lithium"))], [], None);
        await store.Store.SaveBatchAsync([Some.Classified(Some.Post("a", body: string.Empty, flags: PostFlags.Deleted), Tags(false))], [], None);
        Assert.Equal("lamotrigine,lithium", await store.TextAsync("a", "medications"));
        await MedicationRollupAssert.MatchesRecountAsync(store);

        // A refresh moves the unanswered count; a retag moves the names.
        await store.Store.ApplyUpdatesAsync("reddit", [new PostUpdate("b", 3, 2, PostFlags.None)], None);
        await MedicationRollupAssert.MatchesRecountAsync(store);
        Assert.Equal(1, await store.Store.UpdateTagsAsync([new PostTagUpdate("reddit", "b", Tags(true, "naltrexone"))], None));

        var rollups = await MedicationRollupAssert.RollupsAsync(store);
        Assert.DoesNotContain(rollups.Keys, key => key.Contains("|bupropion|", StringComparison.Ordinal));
        Assert.Equal(new DayCounts(1, 1, 0, 0, 0), rollups[$"{Day:yyyy-MM-dd}|naltrexone|{Topics.Depression}|reddit|depression"]);
        Assert.Equal(0L, await store.NumberFromSqlAsync("SELECT COUNT(*) FROM post_medications WHERE medication = 'bupropion'"));
        await MedicationRollupAssert.MatchesRecountAsync(store);
        await RollupAssert.MatchesRecountAsync(store);

        // Retention clears the text; the names are tags and stay.
        Assert.Equal(1, await store.Insights.ClearTextOlderThanAsync(Now, None));
        Assert.Equal("naltrexone", await store.TextAsync("b", "medications"));
        await MedicationRollupAssert.MatchesRecountAsync(store);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MigrateAsync_ZoneChanged_RecutsTheMedicationRollupsToo()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("late", createdAt: RollupTimeZoneContract.LateEvening), Tags(true, "prazosin"))], [], None);

        await store.PostStoreWith(new ListenerCalendar(RollupTimeZoneContract.Berlin), new FakeLogCollector()).MigrateAsync(None);

        var rollups = await MedicationRollupAssert.RollupsAsync(store);
        Assert.Equal([$"2025-06-11|prazosin|{Topics.Depression}|reddit|depression"], rollups.Keys);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetTrendsAsync_Medication_CountsOnlyPostsNamingIt()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("a"), Tags(true, "methylphenidate")),
                Some.Classified(Some.Post("b", createdAt: Some.CreatedAt.AddDays(1)), Tags(false, "methylphenidate", "sertraline")),
                Some.Classified(Some.Post("c", source: "x"), Tags(false, "methylphenidate")),
                Some.Classified(Some.Post("d"), Tags(true, "sertraline")),
                Some.Classified(Some.Post("e"), Tags(true)),
            ],
            [],
            None);
        var query = new TrendQuery(Day, Day.AddDays(1), TrendInterval.Day, Topics.Depression, null, null) { Medication = "methylphenidate" };

        var series = Assert.Single(await store.Insights.GetTrendsAsync(query, None));
        var bySource = Assert.Single(await store.Insights.GetTrendsAsync(query with { Source = "reddit" }, None));
        var all = await store.Insights.GetTrendsAsync(query with { Topic = null, Interval = TrendInterval.Week }, None);

        Assert.Equal([(2L, 1L), (1L, 0L)], series.Points.Select(point => (point.Posts, point.Questions)));
        Assert.Equal([1L, 1L], bySource.Points.Select(point => point.Posts));
        Assert.Equal(3L, all.Sum(s => s.Points.Sum(point => point.Posts)));
        Assert.Equal(Topics.All.Count, all.Count);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetOpenQuestionsAsync_RepliesNeverListed_MedicationFilterAndNamesOnItems()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("asks"), Tags(true, "quetiapine", "sertraline")),
                Some.Classified(Some.Post("reply", flags: PostFlags.Reply), Tags(true, "sertraline")),
                Some.Classified(Some.Post("adult-reply", flags: PostFlags.Reply | PostFlags.Over18), Tags(true)),
                Some.Classified(Some.Post("adult", flags: PostFlags.Over18), Tags(true)),
                Some.Classified(Some.Post("other"), Tags(true, "lithium")),
            ],
            [],
            None);

        var all = await store.Insights.GetOpenQuestionsAsync(Questions(), Now, None);
        var sertraline = await store.Insights.GetOpenQuestionsAsync(Questions("sertraline"), Now, None);
        var unknown = await store.Insights.GetOpenQuestionsAsync(Questions("prazosin"), Now, None);

        Assert.Equal(["reddit-adult", "reddit-asks", "reddit-other"], all.Items.Select(item => item.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, all.Total);
        var item = Assert.Single(sertraline.Items);
        Assert.Equal(("reddit-asks", 1L), (item.Id, sertraline.Total));
        Assert.Equal(["quetiapine", "sertraline"], item.Medications);
        Assert.Empty(all.Items.Single(listed => listed.Id == "reddit-adult").Medications);
        Assert.Equal((0, 0L), (unknown.Items.Count, unknown.Total));

        // Replies still count in the trends.
        var trend = Assert.Single(await store.Insights.GetTrendsAsync(new TrendQuery(Day, Day, TrendInterval.Day, Topics.Depression, null, null), None));
        Assert.Equal(5L, trend.Points.Single().Posts);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task GetMedicationWeeksAsync_LatestFullWeekAgainstTheWeekBefore_WithOpenQuestions()
    {
        await using var store = await StoresUnderTest.CreateAsync(kind);
        // Some.CreatedAt is Friday 28 February 2025: the latest full week seen from Wednesday 5 March is 24 February.
        var today = new DateOnly(2025, 3, 5);
        var now = new DateTimeOffset(2025, 3, 5, 12, 0, 0, TimeSpan.Zero);
        var before = Some.CreatedAt.AddDays(-7);
        await store.Store.SaveBatchAsync(
            [
                Some.Classified(Some.Post("l1"), Tags(true, "lithium")),
                Some.Classified(Some.Post("l2", replyCount: 1), Tags(false, "lithium")),
                Some.Classified(Some.Post("l3", createdAt: before), Tags(false, "lithium")),
                Some.Classified(Some.Post("s1", createdAt: before), Tags(false, "sertraline")),
                Some.Classified(Some.Post("s2", createdAt: before.AddHours(1)), Tags(false, "sertraline")),
                Some.Classified(Some.Post("b1", createdAt: now.AddHours(-1)), Tags(true, "bupropion")),
                Some.Classified(Some.Post("old", createdAt: before.AddDays(-7)), Tags(false, "prazosin")),
            ],
            [],
            None);

        var weeks = await store.Insights.GetMedicationWeeksAsync(today, now, TimeSpan.FromDays(30), None);

        Assert.Equal(
            [
                new MedicationWeek("lithium", new DateOnly(2025, 2, 24), 2, 1, 1.0, 1),
                new MedicationWeek("bupropion", new DateOnly(2025, 2, 24), 0, 0, null, 1),
                new MedicationWeek("sertraline", new DateOnly(2025, 2, 24), 0, 2, -1.0, 0),
            ],
            weeks);
        var recent = await store.Insights.GetMedicationWeeksAsync(today, now, TimeSpan.FromDays(1), None);
        Assert.Equal(0, recent.Single(week => week.Medication == "lithium").OpenQuestions);
    }
}
