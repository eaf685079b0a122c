using System.Globalization;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardDrillTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task PointAndLegendEntry_ListThePostsBehindThem_WithoutCrisisPosts_AndASearchNarrowsThemAcrossAReload()
    {
        var now = TimeProvider.System.GetUtcNow();
        var week = ListenerCalendar.WeekStart(DateOnly.FromDateTime(now.UtcDateTime)).AddDays(-14);
        var inWeek = new DateTimeOffset(week.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("a1", Topics.Adhd, inWeek, question: false, "First in that week", community: "adhd"),
            DashboardSession.Post("a2", Topics.Adhd, inWeek.AddHours(1), question: true, "Second in that week", community: "adhd"),
            DashboardSession.Post("a3", Topics.Adhd, now.AddHours(-1), question: false, "This week", community: "adhd"),
            DashboardSession.Post("a4", Topics.Adhd, inWeek, question: false, "A crisis post never listed", community: "adhd", crisis: true),
            DashboardSession.Post("n1", Topics.Anxiety, inWeek, question: false, "Another topic", community: "anxiety"));
        var page = session.Page;
        await session.ConnectAsync();

        await page.ClickAsync($"#chart circle[data-series='adhd'][data-start='{week:yyyy-MM-dd}']");
        await page.WaitForSelectorAsync("#drill-status[data-state='ready']");
        Assert.Equal(["Second in that week", "First in that week"], await page.Locator("#drill-posts > li .title").AllInnerTextsAsync());
        Assert.StartsWith("Posts: ADHD, ", await page.InnerTextAsync("#drill-heading"), StringComparison.Ordinal);
        Assert.StartsWith("2 posts", await page.InnerTextAsync("#drill-status"), StringComparison.Ordinal);
        var first = page.Locator("#drill-posts > li").First;
        Assert.StartsWith("Reddit · adhd · ", await first.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["ADHD", "question"], await first.Locator(".tags .tag").AllInnerTextsAsync());
        Assert.Equal("https://www.reddit.com/r/adhd/comments/a2/", await first.Locator("a.title").GetAttributeAsync("href"));
        Assert.Equal("Made-up body text for the dashboard test.", await first.Locator(".excerpt").InnerTextAsync());
        Assert.Contains("drill=adhd", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("#legend li[data-series='adhd'] button");
        await page.WaitForSelectorAsync("#drill-status:text('3 posts')");
        Assert.Equal(["This week", "Second in that week", "First in that week"], await page.Locator("#drill-posts > li .title").AllInnerTextsAsync());

        await page.FillAsync("#drill-search input[name='q']", "second");
        await page.ClickAsync("#drill-search button[type=submit]");
        await page.WaitForSelectorAsync("#drill-status:text('1 post ')");
        Assert.Equal(["Second in that week"], await page.Locator("#drill-posts > li .title").AllInnerTextsAsync());
        Assert.Contains("dq=second", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await session.WaitLoadedAsync();
        await page.WaitForSelectorAsync("#drill-status[data-state='ready']");
        Assert.Equal(["Second in that week"], await page.Locator("#drill-posts > li .title").AllInnerTextsAsync());
        Assert.Equal("second", await page.InputValueAsync("#drill-search input[name='q']"));
        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task CompareBySource_DrawsOneSeriesPerSourceWithItsName_AndItsLegendListsOnlyThatSource()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("s1", Topics.Depression, now.AddDays(-2), question: false, "From Reddit"),
            DashboardSession.Post("s2", Topics.Anxiety, now.AddDays(-2), question: false, "Also from Reddit"),
            DashboardSession.Post("s3", Topics.Depression, now.AddDays(-2), question: false, "From Mastodon", community: "mastodon.social", source: "mastodon"));
        var page = session.Page;
        await session.ConnectAsync();

        await page.SelectOptionAsync("#trend-controls select[name='groupBy']", "source");
        await page.WaitForSelectorAsync("#legend li[data-series='mastodon']");
        Assert.Equal("Reddit: 2 posts", await page.InnerTextAsync("#legend li[data-series='reddit']"));
        Assert.Equal("Mastodon: 1 post", await page.InnerTextAsync("#legend li[data-series='mastodon']"));
        Assert.Contains("groupBy=source", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("#legend li[data-series='mastodon'] button");
        await page.WaitForSelectorAsync("#drill-status[data-state='ready']");
        Assert.Equal(["From Mastodon"], await page.Locator("#drill-posts > li .title").AllInnerTextsAsync());

        await page.SelectOptionAsync("#trend-controls select[name='measure']", "share");
        await page.SelectOptionAsync("#trend-controls select[name='view']", "table");
        await page.WaitForSelectorAsync("#trend-table caption:text('Share of all posts')");
        var start = DateOnly.FromDateTime(now.AddDays(-2).UtcDateTime);
        var row = page.Locator($"#trend-table tr[data-start='{ListenerCalendar.WeekStart(start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}']");
        Assert.Equal("66.7 %", await row.Locator("td[data-series='reddit']").InnerTextAsync());
        Assert.Equal("33.3 %", await row.Locator("td[data-series='mastodon']").InnerTextAsync());

        // The table is the keyboard route to the posts: Enter on a cell lists them.
        await row.Locator("td[data-series='reddit'] button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#drill-status:text('2 posts')");
        Assert.Equal(["Also from Reddit", "From Reddit"], (await page.Locator("#drill-posts > li .title").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Empty(session.Errors);
    }
}
