using HealthShire.Listener.Testing;
using System.Net;
using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

public sealed class ApiAccessTests
{
    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("integration-test-key-7f3a9")]
    public async Task Api_WithoutTheRightKey_Returns401ProblemDetails(string? key)
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient(key);

        using var response = await client.GetAsync(new Uri("/api/topics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Api_WithTheKey_ListsTheTopics()
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/topics", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(Core.Posts.Topics.All, json.RootElement.EnumerateArray().Select(t => t.GetString()));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Api_WithNoKeysConfigured_RefusesEveryKey()
    {
        await using var server = await ListenerServer.StartAsync(new Dictionary<string, string?> { ["Api:ApiKeys:0"] = null });
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/trends", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task HealthAndDashboardAndOpenApi_NeedNoKey()
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient(apiKey: null);

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var script = await client.GetAsync(new Uri("/js/main.js", UriKind.Relative), TestContext.Current.CancellationToken);
        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        using var document = JsonDocument.Parse(openApi);
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in (string[])["/api/trends", "/api/trends/rising", "/api/questions", "/api/questions/{id}/status", "/api/crisis", "/api/export"])
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }
    }
}
