using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Digest;

public sealed class DigestCommandTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Subscribers_AddListRemove_RoundTrips()
    {
        var added = await _cli.RunAsync("subscribers", "add", "ann@clinic.example", "--name", "Ann", "--topic", "adhd", "--topic", "anxiety", "--time-zone", "Europe/London", "--day", "Tuesday", "--hour", "9");
        var listed = await _cli.RunAsync("subscribers", "list");
        var removed = await _cli.RunAsync("subscribers", "remove", "ANN@clinic.example");
        var empty = await _cli.RunAsync("subscribers", "list");

        Assert.Equal((0, 0, 0), (added.ExitCode, listed.ExitCode, removed.ExitCode));
        Assert.Contains("Added ann@clinic.example (Ann): topics adhd,anxiety, sources all, Tuesday 09:00 Europe/London", added.Output, StringComparison.Ordinal);
        Assert.Contains("ann@clinic.example (Ann)", listed.Output, StringComparison.Ordinal);
        Assert.Contains("not sent", listed.Output, StringComparison.Ordinal);
        Assert.Contains("No subscribers", empty.Output, StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("ann@", "ADDRESS must be an e-mail address")]
    [InlineData("ann@clinic.example", "--topic holds 'gardening'", "--topic", "gardening")]
    [InlineData("ann@clinic.example", "--time-zone must be a time zone id", "--time-zone", "Mars/Olympus")]
    public async Task SubscribersAdd_BadInput_FailsNamingTheArgument(string address, string message, params string[] extra)
    {
        var result = await _cli.RunAsync(["subscribers", "add", address, .. extra]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task DigestPreview_WritesTheHtmlWithoutSending()
    {
        var file = Path.Combine(_cli.Directory, "preview", "digest.html");

        var result = await _cli.RunAsync("digest", "--preview", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(file, result.Output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains("HealthShire weekly digest", html, StringComparison.Ordinal);
        Assert.Contains("Posts per topic", html, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task DigestSendNow_WithoutSender_IsAConfigurationError()
    {
        _cli.Settings["Digest:From"] = "";

        var result = await _cli.RunAsync("digest", "--send-now");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Digest:From", result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Digest_NeitherPreviewNorSend_IsRejected()
    {
        var result = await _cli.RunAsync("digest");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--preview or --send-now", result.Error, StringComparison.Ordinal);
    }
}
