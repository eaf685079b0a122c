using System.Net;
using System.Net.Http.Headers;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>Everything under /api is keyed first, capped in size and never cached.</summary>
public sealed class ApiGateTests
{
    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("POST", "/api/trends")]
    [InlineData("DELETE", "/api/questions")]
    [InlineData("GET", "/api/no-such-route")]
    [InlineData("GET", "/API/trends")]
    public async Task Api_WithoutKey_Answers401BeforeAnyRouteAnswers(string method, string path)
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient(apiKey: null);

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("/api/questions")]
    [InlineData("/api/crisis")]
    [InlineData("/api/export?format=csv")]
    [InlineData("/api/trends")]
    public async Task Api_Answers_AreNeverCached(string path)
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Api_RefusedCall_IsNotCachedEither()
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient(apiKey: null);

        using var response = await client.GetAsync(new Uri("/api/questions", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    // A 5 MB body announced by Content-Length is refused before it is read; a chunked body is cut off at 16 KB (20 KB
    // here, small enough that the client has sent it all before the server answers).
    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData(true, 5 * 1024 * 1024)]
    [InlineData(false, 20 * 1024)]
    public async Task QuestionStatus_BodyOver16KB_Answers413(bool sendLength, int size)
    {
        await using var server = await ListenerServer.StartAsync();
        using var client = server.CreateClient();
        var body = "{\"status\":\"engaged\",\"note\":\"" + new string('x', size) + "\"}";
        using var content = new StringContent(body, new MediaTypeHeaderValue("application/json"));
        if (!sendLength)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/questions/reddit:abc/status", UriKind.Relative)) { Content = content };
        if (!sendLength)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
