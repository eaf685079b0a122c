using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Posts;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardAlertsTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task FiredAlerts_AreListedWithTheirRuleThreshold_AndAnAlertLinkOpensTheCrisisView()
    {
        var now = TimeProvider.System.GetUtcNow();
        var ct = TestContext.Current.CancellationToken;
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(DashboardSession.Post("al1", Topics.Adhd, now.AddDays(-1), question: false, "A post"));
        var alerts = session.Server.Services.GetRequiredService<IAlertStore>();
        var rule = await alerts.AddRuleAsync(new NewAlertRule(AlertKind.Topic, Topics.Adhd, 3, "ann@clinic.example", null), ct);
        var claim = await alerts.TryClaimAsync(new AlertSendKey(rule.Id, Topics.Adhd, "2026-W46", AlertChannel.Email), AlertKind.Topic, 5.2, now.AddHours(-1), ct);
        Assert.NotNull(claim);
        Assert.True(await alerts.MarkSentAsync(claim, ct));
        var page = session.Page;

        await session.ConnectAsync();

        Assert.True(await page.Locator("#alerts-section").IsVisibleAsync());
        var item = await page.InnerTextAsync($"#alerts li[data-rule='{rule.Id}']");
        Assert.StartsWith("ADHD (topic): z-score 5.2 (threshold 3) in 2026-W46, fired ", item, StringComparison.Ordinal);
        Assert.EndsWith(" UTC", item, StringComparison.Ordinal);
        Assert.Equal("1 alert fired; 1 rule set.", await page.InnerTextAsync("#alerts-status"));

        await page.GotoAsync(new Uri(session.Server.BaseAddress, "/#crisis").ToString());
        await session.WaitLoadedAsync();
        Assert.True(await page.Locator("#tab-crisis").IsVisibleAsync());
        Assert.Empty(session.Errors);
    }
}
