using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardQuestionsTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Search_NarrowsTheOpenQuestions_AndSaysWhatToDoWhenNothingMatches()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("w1", Topics.Anxiety, now.AddHours(-2), question: true, "Does propranolol help before exams?"),
            DashboardSession.Post("w2", Topics.Anxiety, now.AddHours(-3), question: true, "How do I sleep before a flight?"));
        var page = session.Page;
        await session.ConnectAsync("?tab=questions");
        Assert.Equal("2 open questions", await page.InnerTextAsync("#questions-total"));

        await page.FillAsync("#question-filters input[name='qq']", "exams");
        await page.ClickAsync("#question-filters button[type=submit]");
        await page.WaitForSelectorAsync("#questions-total:text('1 open question')");
        Assert.Equal(["Does propranolol help before exams?"], await page.Locator("#questions > li .title").AllInnerTextsAsync());
        Assert.Contains("qq=exams", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#question-filters input[name='qq']", "zebra");
        await page.ClickAsync("#question-filters button[type=submit]");
        await page.WaitForSelectorAsync("#questions-total:text('0 open questions')");
        Assert.StartsWith("No open question in the last 7 days matches “zebra”", await page.InnerTextAsync("#questions-status"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task AgeWindow_WidensFromSevenDays_AndEngagedOrDismissedUpdatesTheCountAndCanBeUndone()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync();
        await session.Server.SeedAsync(
            DashboardSession.Post("q1", Topics.Depression, now.AddDays(-10), question: true, "Ten days old: does it get better?", ["sertraline"]));
        var page = session.Page;
        await session.ConnectAsync("?tab=questions");

        Assert.Equal("0 open questions", await page.InnerTextAsync("#questions-total"));
        Assert.StartsWith("No open questions in the last 7 days — widen the window", await page.InnerTextAsync("#questions-status"), StringComparison.Ordinal);

        await page.FillAsync("#question-filters input[name='age']", "14");
        await page.ClickAsync("#question-filters button[type=submit]");
        await page.WaitForSelectorAsync("#questions-total:text('1 open question')");
        Assert.Contains("age=14", page.Url, StringComparison.Ordinal);
        Assert.Equal(["Ten days old: does it get better?"], await page.Locator("#questions li .title").AllInnerTextsAsync());
        Assert.Equal(["Depression", "question"], await page.Locator("#questions li .tags .tag").AllInnerTextsAsync());

        await page.ClickAsync("#questions li button:text('Engaged')");
        await page.WaitForSelectorAsync("#questions-total:text('0 open questions')");
        Assert.Contains("Marked “Ten days old: does it get better?” engaged.", await page.InnerTextAsync("#questions-notice"), StringComparison.Ordinal);

        await page.ClickAsync("#questions-notice button.undo");
        await page.WaitForSelectorAsync("#questions-total:text('1 open question')");
        Assert.Contains("is open again", await page.InnerTextAsync("#questions-notice"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#questions > li").CountAsync());

        await page.ClickAsync("#questions li button:text('Dismiss')");
        await page.WaitForSelectorAsync("#questions-total:text('0 open questions')");
        Assert.Contains("dismissed", await page.InnerTextAsync("#questions-notice"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }
}
