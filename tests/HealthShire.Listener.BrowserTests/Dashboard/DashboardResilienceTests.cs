using HealthShire.Listener.Core.Posts;
using Microsoft.Playwright;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardResilienceTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task FailedApiCall_ShowsAnErrorWithRetryInThatPanelOnly_AndRetryLoadsIt()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("r1", Topics.Anxiety, now.AddDays(-2), question: false, "Still here"),
            DashboardSession.Post("r2", Topics.SelfHarmSuicide, now.AddHours(-3), question: false, "A crisis post", crisis: true));
        var page = session.Page;
        await page.RouteAsync("**/api/crisis*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """{"title":"Internal Server Error","detail":"The store did not answer."}""",
        }));

        await session.ConnectAsync();

        Assert.Equal("error", await page.GetAttributeAsync("#crisis-status", "data-state"));
        Assert.Equal("ready", await page.GetAttributeAsync("#trends-status", "data-state"));
        Assert.Equal(1, await page.Locator("#legend li[data-series='anxiety']").CountAsync());
        await page.ClickAsync("[data-tab='crisis']");
        Assert.Contains("The store did not answer.", await page.InnerTextAsync("#crisis-status"), StringComparison.Ordinal);

        await page.UnrouteAsync("**/api/crisis*");
        await page.ClickAsync("#crisis-status button.retry");
        await page.WaitForSelectorAsync("#crisis-status[data-state='ready']");
        Assert.Equal(["A crisis post"], await page.Locator("#crisis-posts li .title").AllInnerTextsAsync());
        Assert.Equal(["500 " + new Uri(session.Server.BaseAddress, "/api/crisis?page=1&pageSize=20")], session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task RefusedKey_ReturnsTheUserToTheKeyFormWithAMessage()
    {
        await using var session = await DashboardSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(session.Server.BaseAddress.ToString());
        await page.FillAsync("#api-key", "not-the-key");
        await page.ClickAsync("#key-form button[type=submit]");

        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("refused", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.Equal("api-key", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(string.Empty, await page.EvaluateAsync<string>("() => sessionStorage.getItem('healthshire.apiKey') || ''"));
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task CrisisView_PagesTwentyAtATime_AndStatesItsCount()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync([.. Enumerable.Range(1, 25).Select(i =>
            DashboardSession.Post($"k{i}", Topics.SelfHarmSuicide, now.AddMinutes(-i), question: false, $"Crisis post {i}", crisis: true))]);
        var page = session.Page;
        await session.ConnectAsync("?tab=crisis");

        Assert.True(await page.Locator("#tab-crisis").IsVisibleAsync());
        Assert.Equal(20, await page.Locator("#crisis-posts > li").CountAsync());
        Assert.StartsWith("25 crisis posts in the last 7 days; ", await page.InnerTextAsync("#crisis-status"), StringComparison.Ordinal);
        Assert.EndsWith("showing 1–20, newest first.", await page.InnerTextAsync("#crisis-status"), StringComparison.Ordinal);

        await page.ClickAsync("#crisis-pager button:text('Next page')");
        await page.WaitForSelectorAsync("#crisis-status:text('showing 21–25')");
        Assert.Equal(5, await page.Locator("#crisis-posts > li").CountAsync());
        Assert.Equal("Page 2 of 2", await page.InnerTextAsync("#crisis-pager .page-of"));
        Assert.Contains("cpage=2", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }
}
