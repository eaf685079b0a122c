using System.Globalization;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using Microsoft.Playwright;

namespace HealthShire.Listener.BrowserTests.Dashboard;

/// <summary>
/// The real listener on a loopback port and one headless Debian Chromium page on it. Collects console errors and
/// failed responses so a test can assert the page ran cleanly.
/// </summary>
internal sealed class DashboardSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardSession(ListenerServer server, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Server = server;
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            // A failed load is recorded (with its address) by the response handler below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsOptional404(response.Url, response.Status.ToString(CultureInfo.InvariantCulture)))
            {
                Errors.Add($"{response.Status} {response.Url}");
            }
        };
    }

    /// <summary>Endpoints the page asks for and copes without (it hides or falls back on a 404).</summary>
    private static readonly string[] OptionalEndpoints = ["/api/status", "/api/alerts"];

    public ListenerServer Server { get; }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and answers of 400 or more, in order.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<DashboardSession> StartAsync(int width = 1200, int height = 1000, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // No skip: CI installs Debian's chromium (.ci/run), and a missing browser must fail loudly.
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium' (as .ci/run does).");
        var server = await ListenerServer.StartAsync(settings);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        return new DashboardSession(server, playwright, browser, page);
    }

    /// <summary>Opens the page (with an optional query), enters the key and waits until every panel has loaded.</summary>
    public async Task ConnectAsync(string query = "")
    {
        await Page.GotoAsync(new Uri(Server.BaseAddress, "/" + query).ToString());
        await Page.FillAsync("#api-key", ListenerServer.ApiKey);
        await Page.ClickAsync("#key-form button[type=submit]");
        await WaitLoadedAsync();
    }

    public Task WaitLoadedAsync() =>
        Page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 15_000 });

    /// <summary>Waits until a panel's status line has finished loading (ready or error).</summary>
    public Task WaitPanelAsync(string statusId) =>
        Page.WaitForSelectorAsync($"#{statusId}:not([data-state='loading'])[data-state]", new PageWaitForSelectorOptions { Timeout = 15_000 });

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public static ClassifiedPost Post(
        string id, string topic, DateTimeOffset createdAt, bool question, string title,
        string[]? medications = null, string community = "browsertest", string source = "reddit", bool crisis = false) =>
        new(
            new Post(source, id, community, title, "Made-up body text for the dashboard test.", "pseudonym-" + id,
                $"https://www.reddit.com/r/{community}/comments/{id}/", createdAt, 2, 0, PostFlags.None),
            new PostTags(topic, 0.9f, new IntentScore(question, 0.9f), new IntentScore(false, 0.1f),
                new IntentScore(false, 0.1f), new IntentScore(crisis, crisis ? 0.9f : 0.1f), "test-model") { Medications = medications ?? [] });

    private static bool IsOptional404(string url, string text) =>
        text.Contains("404", StringComparison.Ordinal)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && OptionalEndpoints.Contains(uri.AbsolutePath, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
