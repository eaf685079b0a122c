using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardTests(ITestOutputHelper output)
{
    private const string HostileTitle = "<script>window.__pwned=1</script>";

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Dashboard_WithSeededStore_DrawsTheChartListsQuestionsAndShowsMarkupAsText()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("b1", Topics.Adhd, now.AddHours(-1), question: true, "How do people time their ADHD medication?", ["amphetamine", "methylphenidate"]),
            DashboardSession.Post("b2", Topics.Adhd, now.AddHours(-1), question: true, HostileTitle),
            DashboardSession.Post("b3", Topics.Adhd, now.AddHours(-1), question: false, "Just sharing a good week"),
            DashboardSession.Post("b4", Topics.Anxiety, now.AddHours(-1), question: false, "Anxious before exams"),
            DashboardSession.Post("b5", Topics.SelfHarmSuicide, now.AddDays(-14), question: false, "Two weeks ago"));
        var collected = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddMinutes(7);
        await session.Server.Services.GetRequiredService<IPostStore>().SaveBatchAsync(
            [], [new Checkpoint("reddit", "browsertest", "t3_b4", collected)], TestContext.Current.CancellationToken);
        var page = session.Page;

        await session.ConnectAsync();
        Assert.Equal($"Last collected at (UTC): Reddit (off) {collected:yyyy-MM-dd} 00:07", await page.InnerTextAsync("#collected"));
        Assert.Contains("UTC, the listener's time zone", await page.InnerTextAsync("#time-zone"), StringComparison.Ordinal);

        // The weeks before this one are a solid line; this unfinished week is a dashed piece, hollow dot.
        Assert.Equal(1, await page.Locator("#chart svg path.series:not(.partial)[data-series='adhd']").CountAsync());
        Assert.Equal(1, await page.Locator("#chart svg path.series.partial[data-series='adhd']").CountAsync());
        Assert.Equal(1, await page.Locator("#chart svg path.series:not(.partial)[data-series='anxiety']").CountAsync());
        Assert.Equal(0, await page.Locator("#chart svg path.series[data-series='depression']").CountAsync());
        Assert.Equal(1, await page.Locator("#chart circle[data-series='adhd'][data-posts='3'][data-partial='true']").CountAsync());
        Assert.Equal(0, await page.Locator("#chart circle[data-series='adhd'][data-partial='true'][fill='#bf3989']").CountAsync());
        Assert.Equal("ADHD: 3 posts", await page.Locator("#legend li[data-series='adhd']").InnerTextAsync());
        Assert.Equal("Anxiety: 1 post", await page.Locator("#legend li[data-series='anxiety']").InnerTextAsync());
        Assert.Equal("Self-harm / suicide: 1 post", await page.Locator("#legend li[data-series='self_harm_suicide']").InnerTextAsync());

        // Every shown series has its own colour.
        var colours = await page.Locator("#chart path.series:not(.partial)").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('stroke'))");
        Assert.Equal(colours.Length, colours.Distinct(StringComparer.Ordinal).Count());

        // Named by an open question of today: no posts in the latest full week yet, one open question each.
        await page.ClickAsync("[data-tab='medications']");
        Assert.Equal(2, await page.Locator("#medications tbody tr").CountAsync());
        Assert.Equal("1", await page.Locator("#medications tr[data-medication='methylphenidate'] td").Last.InnerTextAsync());
        await page.ClickAsync("#medications tr[data-medication='methylphenidate'] button");
        await page.WaitForSelectorAsync("#questions-total:text('1 open question')");
        Assert.True(await page.Locator("#tab-questions").IsVisibleAsync());
        Assert.Equal("methylphenidate", await page.InputValueAsync("#question-filters input[name='med']"));
        await page.FillAsync("#question-filters input[name='med']", string.Empty);
        await page.ClickAsync("#question-filters button[type=submit]");
        await page.WaitForSelectorAsync("#questions-total:text('2 open questions')");

        var titles = await page.Locator("#questions li .title").AllInnerTextsAsync();
        Assert.Equal(2, titles.Count);
        Assert.Contains("How do people time their ADHD medication?", titles);
        Assert.Contains(HostileTitle, titles);
        Assert.Equal("2 open questions", await page.Locator("#questions-total").InnerTextAsync());
        Assert.Equal(["Medications: amphetamine, methylphenidate"], await page.Locator("#questions li .medications").AllInnerTextsAsync());
        await page.FillAsync("#question-filters input[name='med']", "Ritalin");
        await page.ClickAsync("#question-filters button[type=submit]");
        await page.WaitForSelectorAsync("#questions-total:text('1 open question')");
        Assert.Equal(["How do people time their ADHD medication?"], await page.Locator("#questions li .title").AllInnerTextsAsync());
        Assert.Equal("noopener noreferrer", await page.Locator("#questions li a.title").First.GetAttributeAsync("rel"));
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("#questions script").CountAsync());
        Assert.Contains("med=Ritalin", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("[data-tab='trends']");
        output.WriteLine($"Screenshot: {await session.ScreenshotAsync("dashboard.png")}");
        Assert.Empty(session.Errors);
    }
}
