using System.Globalization;
using System.Net;
using HealthShire.Listener.Sources.X;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XClientTests : IDisposable
{
    private const string SearchUrl = "https://api.test/2/tweets/search/recent";
    private const string EmptyPage = """{"meta":{"result_count":0}}""";

    private readonly TimerWatchingTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly MockHttpMessageHandler _http = new();

    public XClientTests() => _http.Fallback.Throw(new InvalidOperationException("unexpected request"));

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task SearchRecentAsync_TooManyRequests_WaitsUntilTheResetThenRetries()
    {
        _http.Expect(SearchUrl).Respond(HttpStatusCode.TooManyRequests, Limit(0, TimeSpan.FromSeconds(30)), "application/problem+json",
            """{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""");
        _http.Expect(SearchUrl).Respond(HttpStatusCode.OK, Limit(449, TimeSpan.FromMinutes(15)), "application/json", EmptyPage);
        var client = CreateClient();

        var call = client.SearchRecentAsync("(adhd) -is:retweet lang:en", null, null, 100, TestContext.Current.CancellationToken);
        var waited = await AdvanceUntilDoneAsync(call);

        Assert.Equal(XCallOutcome.Ok, (await call).Outcome);
        Assert.InRange(waited, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
        _http.VerifyNoOutstandingExpectation();
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task SearchRecentAsync_WindowUsedUp_WaitsBeforeTheNextRequest()
    {
        _http.Expect(SearchUrl).Respond(HttpStatusCode.OK, Limit(0, TimeSpan.FromMinutes(2)), "application/json", EmptyPage);
        _http.Expect(SearchUrl).Respond(HttpStatusCode.OK, Limit(449, TimeSpan.FromMinutes(15)), "application/json", EmptyPage);
        var client = CreateClient();
        await client.SearchRecentAsync("q", null, null, 10, TestContext.Current.CancellationToken);

        var second = client.SearchRecentAsync("q", null, null, 10, TestContext.Current.CancellationToken);
        var waited = await AdvanceUntilDoneAsync(second);

        Assert.InRange(waited, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        _http.VerifyNoOutstandingExpectation();
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task SearchRecentAsync_Unauthorized_ReportsTheProblemWithoutTheToken()
    {
        _http.Expect(SearchUrl)
            .WithHeaders("Authorization", "Bearer secret-token")
            .WithQueryString("since_id", "123")
            .Respond(HttpStatusCode.Unauthorized, "application/problem+json",
                """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");

        var result = await CreateClient().SearchRecentAsync("q", "123", null, 10, TestContext.Current.CancellationToken);

        Assert.Equal(XCallOutcome.Unauthorized, result.Outcome);
        Assert.Equal("HTTP 401 Unauthorized: Unauthorized", result.Reason);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task LookupAsync_Ids_AsksForPublicMetricsOfAllIdsInOneRequest()
    {
        _http.Expect("https://api.test/2/tweets")
            .WithExactQueryString("ids=1,2,3&tweet.fields=public_metrics")
            .Respond("application/json", """{"data":[{"id":"1","text":"a"}]}""");

        var result = await CreateClient().LookupAsync(["1", "2", "3"], TestContext.Current.CancellationToken);

        Assert.Equal("1", Assert.Single(result.Response?.Data ?? []).Id);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task SearchRecentAsync_UnreadableTweets_AreSkippedWhileTheRestOfThePageIsKept()
    {
        _http.Expect(SearchUrl).Respond(HttpStatusCode.OK, Limit(449, TimeSpan.FromMinutes(15)), "application/json",
            """{"data":[{"id":12,"text":"mistyped id"},{"id":"2","text":"bad \ud800 escape"},{"id":"3","text":"fine"}],"meta":{"result_count":3,"newest_id":"3"}}""");

        var result = await CreateClient().SearchRecentAsync("q", null, null, 10, TestContext.Current.CancellationToken);

        Assert.Equal(XCallOutcome.Ok, result.Outcome);
        Assert.Equal("3", Assert.Single(result.Response?.Data ?? []).Id);
        Assert.Equal("3", result.Response?.Meta?.NewestId);
    }

    public void Dispose() => _http.Dispose();

    private XClient CreateClient()
    {
        var http = _http.ToHttpClient();
        http.BaseAddress = new Uri("https://api.test/");
        var options = Options.Create(new XOptions { BearerToken = "secret-token" });
        return new XClient(http, options, _time, NullLogger<XClient>.Instance);
    }

    private Dictionary<string, string> Limit(int remaining, TimeSpan resetIn) => new()
    {
        ["x-rate-limit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["x-rate-limit-reset"] = (_time.GetUtcNow() + resetIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Moves fake time to each wait the call starts until it finishes; returns how much time passed.</summary>
    private Task<TimeSpan> AdvanceUntilDoneAsync(Task call) =>
        _time.RunUntilDoneAsync(call, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
}
