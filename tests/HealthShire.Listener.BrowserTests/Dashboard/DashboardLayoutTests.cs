using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.BrowserTests.Dashboard;

public sealed class DashboardLayoutTests(ITestOutputHelper output)
{
    // Every control named (label, aria-label or its own text); read by the browser, as assistive technology does.
    private const string UnlabelledControls = """
        () => [...document.querySelectorAll('input, select, button, textarea')]
          .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())
          .map(c => c.outerHTML)
        """;

    // WCAG AA: text against the first opaque background behind it, 4.5:1 (3:1 for large text).
    private const string LowContrastText = """
        () => {
          const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => { const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
          const background = (node) => { for (let n = node; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
          const bad = [];
          for (const node of document.querySelectorAll('body *')) {
            if (!node.offsetParent && node.tagName !== 'BODY') continue;
            if (![...node.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const style = getComputedStyle(node);
            const [l1, l2] = [lum(rgb(style.color).slice(0, 3)), lum(background(node))].sort((a, b) => b - a);
            const ratio = (l1 + 0.05) / (l2 + 0.05);
            const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
            if (ratio < (large ? 3 : 4.5)) bad.push(`${node.tagName}.${node.className}: ${ratio.toFixed(2)}`);
          }
          return bad;
        }
        """;

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task At390PixelsWide_EveryViewFitsWithoutSidewaysScrolling_WithLabelledControlsAndAaContrast()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var session = await DashboardSession.StartAsync(width: 390, height: 844);
        await session.Server.SeedAsync(
            DashboardSession.Post("m1", Topics.EatingDisorder, now.AddDays(-2), question: true, "A long question title that goes on and on to test wrapping on a narrow phone screen", ["fluoxetine"]),
            DashboardSession.Post("m2", Topics.SelfHarmSuicide, now.AddHours(-2), question: false, "Crisis", crisis: true));
        var page = session.Page;
        await session.ConnectAsync();

        foreach (var tab in (string[])["trends", "questions", "medications", "crisis"])
        {
            await page.ClickAsync($"[data-tab='{tab}']");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            output.WriteLine($"{tab}: {await session.ScreenshotAsync($"dashboard-390-{tab}.png")}");
            Assert.True(width <= 390, $"The {tab} view is {width} px wide at a 390 px viewport.");
            Assert.Empty(await page.EvaluateAsync<string[]>(UnlabelledControls));
            Assert.Empty(await page.EvaluateAsync<string[]>(LowContrastText));
        }

        Assert.Empty(session.Errors);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Keyboard_ReachesTheRangeControlsAndOpensTheTabsWithArrowKeys()
    {
        await using var session = await DashboardSession.StartAsync();
        var page = session.Page;
        await session.ConnectAsync();

        await page.FocusAsync("#tab-button-trends");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.True(await page.Locator("#tab-questions").IsVisibleAsync());
        Assert.Equal("tab-button-questions", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.Locator("#tab-trends").IsVisibleAsync());

        var reached = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.name || document.activeElement.id"));
        }

        Assert.Contains("range", reached);
        Assert.Contains("interval", reached);
        Assert.Contains("groupBy", reached);
        Assert.Contains("export-csv", reached);
    }
}
