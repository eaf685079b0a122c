using HealthShire.Listener.Testing;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using Microsoft.Playwright;

namespace HealthShire.Listener.BrowserTests;

public sealed class DashboardTests(ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string HostileTitle = "<script>window.__pwned=1</script>";

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Dashboard_WithSeededStore_DrawsTheChartListsQuestionsAndShowsMarkupAsText()
    {
        // No skip: CI installs Debian's chromium (.ci/run), and a missing browser must fail loudly.
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium' (as .ci/run does).");
        var now = TimeProvider.System.GetUtcNow();
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(
            Post("b1", Topics.Adhd, now, question: true, "How do people time their ADHD medication?"),
            Post("b2", Topics.Adhd, now, question: true, HostileTitle),
            Post("b3", Topics.Adhd, now, question: false, "Just sharing a good week"),
            Post("b4", Topics.Anxiety, now, question: false, "Anxious before exams"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1000 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                consoleErrors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.FillAsync("#api-key", ListenerServer.ApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        await page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 15_000 });

        Assert.Equal(1, await page.Locator("#chart svg path.series[data-topic='adhd']").CountAsync());
        Assert.Equal(1, await page.Locator("#chart svg path.series[data-topic='anxiety']").CountAsync());
        Assert.Equal(0, await page.Locator("#chart svg path.series[data-topic='depression']").CountAsync());
        Assert.Equal(1, await page.Locator("#chart circle[data-topic='adhd'][data-posts='3']").CountAsync());
        Assert.Equal("adhd: 3 posts", await page.Locator("#legend li[data-topic='adhd']").InnerTextAsync());
        Assert.Equal("anxiety: 1 posts", await page.Locator("#legend li[data-topic='anxiety']").InnerTextAsync());

        await page.ClickAsync("[data-tab='questions']");
        var titles = await page.Locator("#questions li .title").AllInnerTextsAsync();
        Assert.Equal(2, titles.Count);
        Assert.Contains("How do people time their ADHD medication?", titles);
        Assert.Contains(HostileTitle, titles);
        Assert.Equal("2 open questions", await page.Locator("#questions-total").InnerTextAsync());
        Assert.Equal("noopener noreferrer", await page.Locator("#questions li a.title").First.GetAttributeAsync("rel"));
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("#questions script").CountAsync());

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot) ?? ".");
        await page.ClickAsync("[data-tab='trends']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(consoleErrors);
    }

    private static ClassifiedPost Post(string id, string topic, DateTimeOffset now, bool question, string title) =>
        new(
            new Post("reddit", id, "browsertest", title, "Made-up body text for the dashboard test.", "pseudonym-" + id,
                $"https://www.reddit.com/r/browsertest/comments/{id}/", now.AddHours(-1), 2, 0, PostFlags.None),
            new PostTags(topic, 0.9f, new IntentScore(question, 0.9f), new IntentScore(false, 0.1f),
                new IntentScore(false, 0.1f), new IntentScore(false, 0.1f), "test-model"));
}
