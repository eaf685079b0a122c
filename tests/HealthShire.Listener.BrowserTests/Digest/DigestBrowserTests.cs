using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Digest;
using Microsoft.Playwright;

namespace HealthShire.Listener.BrowserTests.Digest;

public sealed class DigestBrowserTests(ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string HostileTitle = "<script>document.title='owned'</script> Is this dose normal?";

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task RenderedDigest_InChromium_ShowsBarsToScaleAndHostileTextAsText()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium was not found at {ChromiumPath}; install the Debian package 'chromium' (apt-get install -y chromium).");
        var html = DigestHtmlRenderer.Render(SeededContent());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 700, Height = 900 }, JavaScriptEnabled = true });
        await page.SetContentAsync(html);

        var bars = await page.Locator("td[bgcolor][title^='Week of']").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().height)");
        var link = await page.Locator("a[href^='https://www.reddit.com/']").First.InnerTextAsync();
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "digest.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Digest screenshot: {path}");

        // Depression's weeks 4 … 12: the last bar is the full chart height and the first a third of it.
        Assert.Equal(2 * DigestComposer.ChartWeeks, bars.Length);
        Assert.Equal(DigestHtmlChart.Height, bars[DigestComposer.ChartWeeks - 1], 1.0);
        Assert.Equal(DigestHtmlChart.Height * 4.0 / 12, bars[0], 1.5);
        Assert.Equal(HostileTitle, link);
        Assert.NotEqual("owned", await page.TitleAsync());
        Assert.True(new FileInfo(path).Length > 0);
    }

    private static DigestContent SeededContent()
    {
        var monday = new DateOnly(2026, 11, 9);
        TopicWeeks Weeks(string topic, params long[] posts) =>
            new(topic, [.. posts.Select((count, i) => new TrendPoint(monday.AddDays(7 * (i - 7)), count, 0, 0, 0, 0))]);
        ListedPost Question(string id, string title, string topic) =>
            new($"reddit-{id}", "reddit", topic, topic, title, "Has anyone else been through the first weeks of this?",
                $"https://www.reddit.com/r/{topic}/comments/{id}/", new DateTimeOffset(2026, 11, 14, 9, 0, 0, TimeSpan.Zero), 0, 5, true);

        return new DigestContent(
            new Subscriber("ann@clinic.example", "Ann Lee", [], [], "UTC", DayOfWeek.Monday, 8),
            monday,
            [Weeks("depression", 4, 6, 5, 7, 8, 6, 10, 12), Weeks("adhd", 3, 3, 2, 4, 3, 5, 4, 9)],
            [new RisingTopic("adhd", monday, 9, 4, 1.25, 3.4, 1.0, 5.6)],
            [
                new TopicQuestions("depression", [Question("d5", HostileTitle, "depression")], 1),
                new TopicQuestions("adhd", [Question("a1", "Does anyone take their stimulant on weekends?", "adhd")], 4),
            ],
            2,
            "If someone may be in immediate danger, contact local emergency services. In the US, call or text 988.",
            "digest@clinic.example");
    }
}
