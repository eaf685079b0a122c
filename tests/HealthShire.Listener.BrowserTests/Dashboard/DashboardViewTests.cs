using HealthShire.Listener.Core.Posts;
using Microsoft.Playwright;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardViewTests(ITestOutputHelper output)
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task RangeIntervalAndComparison_AreKeptInTheUrl_AndAReloadRestoresThem()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("v1", Topics.Adhd, now.AddHours(-1), question: false, "Today"),
            DashboardSession.Post("v2", Topics.Adhd, now.AddDays(-3), question: false, "Three days ago"),
            DashboardSession.Post("v3", Topics.Anxiety, now.AddDays(-3), question: false, "Also three days ago"),
            DashboardSession.Post("v4", Topics.Depression, now.AddDays(-200), question: false, "Half a year ago"));
        var page = session.Page;
        await session.ConnectAsync();
        Assert.Equal(0, await page.Locator("#legend li[data-series='depression']").CountAsync());

        await ChangeAsync(session, "range", "4w");
        await ChangeAsync(session, "interval", "day");
        await ChangeAsync(session, "measure", "share");
        await ChangeAsync(session, "view", "table");
        Assert.Contains("range=4w", page.Url, StringComparison.Ordinal);
        Assert.Contains("interval=day", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await session.WaitLoadedAsync();
        Assert.Equal("4w", await page.InputValueAsync("#trend-controls select[name='range']"));
        Assert.Equal("day", await page.InputValueAsync("#trend-controls select[name='interval']"));
        Assert.Equal("share", await page.InputValueAsync("#trend-controls select[name='measure']"));
        Assert.True(await page.Locator("#chart-figure").IsHiddenAsync());
        Assert.True(await page.Locator("#trend-table").IsVisibleAsync());

        // 28 days, today's row marked partial; shares of all posts per day: ADHD and anxiety half each three days ago.
        Assert.Equal(28, await page.Locator("#trend-table tbody tr").CountAsync());
        Assert.EndsWith("(partial)", await page.Locator("#trend-table tbody tr th").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Share of all posts per day (%); Day, UTC time", await page.Locator("#trend-table caption").InnerTextAsync(), StringComparison.Ordinal);
        var threeDaysAgo = DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("50.0 %", await page.Locator($"#trend-table tr[data-start='{threeDaysAgo}'] td[data-series='adhd']").InnerTextAsync());
        Assert.Equal(["ADHD", "Anxiety"], await page.Locator("#trend-table thead th.number").AllInnerTextsAsync());

        // A custom range: the half-year-old post comes into view, and the URL says so.
        await page.SelectOptionAsync("#trend-controls select[name='view']", "chart");
        await session.WaitPanelAsync("trends-status");
        await page.FillAsync("#trend-controls input[name='from']", DateOnly.FromDateTime(now.AddDays(-210).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.DispatchEventAsync("#trend-controls input[name='from']", "change");
        await page.WaitForSelectorAsync("#legend li[data-series='depression']");
        Assert.Equal("custom", await page.InputValueAsync("#trend-controls select[name='range']"));
        Assert.Contains("range=custom", page.Url, StringComparison.Ordinal);
        Assert.Contains("Day, UTC time", await page.Locator("#x-axis-title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("Share of all posts per day (%)", await page.Locator("#y-axis-title").TextContentAsync());
        // The first tick names its year.
        Assert.Matches(@"\d{4}$", await page.Locator("#chart text.tick").First.TextContentAsync() ?? string.Empty);
        // The medications view follows the range: it counts the last full week that ends by the range's last day.
        var to = DateOnly.FromDateTime(now.AddDays(-30).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var medicationsAsked = page.WaitForRequestAsync(request => request.Url.Contains($"/api/medications?to={to}", StringComparison.Ordinal));
        await page.FillAsync("#trend-controls input[name='to']", to);
        await page.DispatchEventAsync("#trend-controls input[name='to']", "change");
        await medicationsAsked;
        // The tab is not shown, so its status is only attached, not visible.
        await page.WaitForSelectorAsync("#medications-status[data-state='ready']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        output.WriteLine($"Screenshot: {await session.ScreenshotAsync("dashboard-custom-range.png")}");
        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task CommunityFilter_FindsRSlashNames_AndAMisspeltOneGetsAHintNamingStoredCommunities()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(DashboardSession.Post("c1", Topics.Bipolar, now.AddDays(-2), question: false, "Mood chart", community: "bipolar"));
        var page = session.Page;
        await session.ConnectAsync();

        await page.FillAsync("#trend-controls input[name='community']", "r/bipolar");
        await page.ClickAsync("#trend-controls button[type=submit]");
        await page.WaitForSelectorAsync("#legend li[data-series='bipolar']");
        Assert.True(await page.Locator("#trend-community-hint").IsHiddenAsync());
        Assert.Contains("community=r%2Fbipolar", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#trend-controls input[name='community']", "bipolr");
        await page.ClickAsync("#trend-controls button[type=submit]");
        await page.WaitForSelectorAsync("#trend-community-hint:not([hidden])");
        Assert.Contains("Stored communities include: bipolar", await page.InnerTextAsync("#trend-community-hint"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#legend li[data-series='bipolar']").CountAsync());
        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task ExportButtons_SaveTheCurrentViewAsCsvAndJson()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(DashboardSession.Post("e1", Topics.Ptsd, now.AddDays(-2), question: false, "Exported title"));
        var page = session.Page;
        await session.ConnectAsync("?range=4w");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-json"));

        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".json", json.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Exported title", await File.ReadAllTextAsync(await csv.PathAsync(), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Exported title", await File.ReadAllTextAsync(await json.PathAsync(), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task ListenerTimeZone_IsNamedOnThePage_AndPostTimesAreShownInIt()
    {
        var created = new DateTimeOffset(TimeProvider.System.GetUtcNow().AddHours(-30).UtcDateTime.Date.AddHours(20).AddMinutes(15), TimeSpan.Zero);
        await using var session = await DashboardSession.StartAsync(settings: new Dictionary<string, string?> { ["Listener:TimeZone"] = "Asia/Tokyo" });
        await session.Server.SeedAsync(DashboardSession.Post("t1", Topics.Anxiety, created, question: true, "When is this?"));
        var page = session.Page;
        await session.ConnectAsync();

        Assert.Contains("Asia/Tokyo", await page.InnerTextAsync("#time-zone"), StringComparison.Ordinal);
        Assert.Contains("Asia/Tokyo time", await page.Locator("#x-axis-title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        var tokyo = created.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await page.ClickAsync("[data-tab='questions']");
        Assert.Contains($"{tokyo} Asia/Tokyo", await page.InnerTextAsync("#questions > li .meta"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    private static async Task ChangeAsync(DashboardSession session, string name, string value)
    {
        await session.Page.SelectOptionAsync($"#trend-controls select[name='{name}']", value);
        await session.Page.WaitForURLAsync(url => url.Contains($"{name}={value}", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 10_000 });
        await session.WaitPanelAsync("trends-status");
    }
}
