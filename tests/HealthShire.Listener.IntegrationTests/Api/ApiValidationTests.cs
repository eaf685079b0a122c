using HealthShire.Listener.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

public sealed class ApiValidationTests : IAsyncLifetime
{
    private ListenerServer? _server;

    public async ValueTask InitializeAsync() => _server = await ListenerServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("/api/trends?topic=sadness", "topic")]
    [InlineData("/api/trends?from=2026-13-01", "from")]
    [InlineData("/api/trends?to=yesterday", "to")]
    [InlineData("/api/trends?to=0001-01-01", "to")]
    [InlineData("/api/trends?from=1999-12-31", "from")]
    [InlineData("/api/trends?to=9999-12-31", "to")]
    [InlineData("/api/export?to=0001-01-01", "to")]
    [InlineData("/api/export?to=9999-12-31", "to")]
    [InlineData("/api/export?from=0001-01-01&format=json", "from")]
    [InlineData("/api/trends?from=2026-05-02&to=2026-05-01", "from")]
    [InlineData("/api/trends?interval=month", "interval")]
    [InlineData("/api/questions?pageSize=101", "pageSize")]
    [InlineData("/api/questions?pageSize=0", "pageSize")]
    [InlineData("/api/questions?page=0", "page")]
    [InlineData("/api/questions?maxAgeDays=0", "maxAgeDays")]
    [InlineData("/api/questions?maxAgeDays=91", "maxAgeDays")]
    [InlineData("/api/questions?order=loudest", "order")]
    [InlineData("/api/questions?medication=happypills", "medication")]
    [InlineData("/api/trends?medication=zolofty", "medication")]
    [InlineData("/api/crisis?topic=ADHD", "topic")]
    [InlineData("/api/export?format=xlsx", "format")]
    [InlineData("/api/export?includePseudonyms=maybe", "includePseudonyms")]
    public async Task Get_InvalidParameter_Returns400NamingIt(string url, string parameter)
    {
        using var client = Server.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.StartsWith(parameter + ":", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("engaged")]
    [InlineData("dismissed")]
    public async Task Mark_UnknownPost_Returns404(string status)
    {
        using var client = Server.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/questions/reddit-nosuch/status", UriKind.Relative), new { status }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("answered")]
    [InlineData("")]
    public async Task Mark_BadStatus_Returns400NamingStatus(string status)
    {
        using var client = Server.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/questions/reddit-abc/status", UriKind.Relative), new { status }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"status\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private ListenerServer Server => _server ?? throw new InvalidOperationException("The server did not start.");
}
