using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Alerts;

public sealed class AlertCommandTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Alerts_AddListRemove_RoundTrips()
    {
        var topic = await _cli.RunAsync("alerts", "add", "--kind", "topic", "--subject", "ADHD", "--threshold", "3", "--email", "ann@clinic.example", "--webhook", "http://127.0.0.1:9/hooks/secret-path");
        var medication = await _cli.RunAsync("alerts", "add", "--kind", "medication", "--subject", "Zoloft", "--threshold", "2.5", "--webhook", "https://127.0.0.1/hook");
        var crisis = await _cli.RunAsync("alerts", "add", "--kind", "crisis", "--threshold", "2", "--email", "staff@clinic.example");
        var listed = await _cli.RunAsync("alerts", "list");
        var json = await _cli.RunAsync("alerts", "list", "--json");
        var removed = await _cli.RunAsync("alerts", "remove", "1");
        var missing = await _cli.RunAsync("alerts", "remove", "1");
        var after = await _cli.RunAsync("alerts", "list", "--json");

        Assert.Equal((0, 0, 0, 0, 0, 0), (topic.ExitCode, medication.ExitCode, crisis.ExitCode, listed.ExitCode, json.ExitCode, removed.ExitCode));
        Assert.Contains("Added 1: topic adhd, z-score ≥ 3 → ann@clinic.example, http://127.0.0.1:9/…", topic.Output, StringComparison.Ordinal);
        Assert.Contains("Alerts:Enabled is false", topic.Output, StringComparison.Ordinal);
        Assert.Contains("2: medication sertraline, z-score ≥ 2.5 → https://127.0.0.1/…", listed.Output, StringComparison.Ordinal);
        Assert.Contains("3: crisis every community, factor ≥ 2 → staff@clinic.example", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-path", listed.Output + json.Output, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json.Output);
        var first = document.RootElement.GetProperty("rules")[0];
        Assert.Equal(["id", "kind", "subject", "threshold", "email", "webhook"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("rules")[2].GetProperty("subject").ValueKind);
        Assert.Equal(0, document.RootElement.GetProperty("fired").GetArrayLength());

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No alert rule has the id 1.", missing.Error, StringComparison.Ordinal);
        using var remaining = JsonDocument.Parse(after.Output);
        Assert.Equal([2L, 3L], remaining.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("--kind must be one of topic, medication, crisis; got 'spike'", "--kind", "spike", "--threshold", "3", "--email", "ann@clinic.example")]
    [InlineData("--subject holds 'gardening', which is not a topic", "--kind", "topic", "--subject", "gardening", "--threshold", "3", "--email", "ann@clinic.example")]
    [InlineData("--subject holds 'moonbeam', which is not a medication", "--kind", "medication", "--subject", "moonbeam", "--threshold", "3", "--email", "ann@clinic.example")]
    [InlineData("--threshold must be a number above 0", "--kind", "topic", "--threshold", "0", "--email", "ann@clinic.example")]
    [InlineData("--email must be an e-mail address such as ann@clinic.example; got 'ann@'", "--kind", "topic", "--threshold", "3", "--email", "ann@")]
    [InlineData("--email must not contain control characters", "--kind", "topic", "--threshold", "3", "--email", "ann@clinic.example\r\nBcc: eve@evil.example")]
    [InlineData("--webhook must be an absolute http or https URL", "--kind", "topic", "--threshold", "3", "--webhook", "ftp://127.0.0.1/hook")]
    [InlineData("--webhook must be an absolute http or https URL", "--kind", "topic", "--threshold", "3", "--webhook", "http://user:pass@127.0.0.1/hook")]
    [InlineData("--webhook cannot be used with --kind crisis", "--kind", "crisis", "--threshold", "2", "--webhook", "http://127.0.0.1/hook")]
    [InlineData("--community is for crisis rules", "--kind", "topic", "--community", "bipolar", "--threshold", "3", "--email", "ann@clinic.example")]
    [InlineData("Give --email, --webhook or both", "--kind", "topic", "--threshold", "3")]
    public async Task AlertsAdd_BadInput_FailsNamingTheOptionAndStoresNothing(string message, params string[] arguments)
    {
        var result = await _cli.RunAsync(["alerts", "add", .. arguments]);
        var listed = await _cli.RunAsync("alerts", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nBcc", result.Error, StringComparison.Ordinal);
        Assert.Contains("No alert rules.", listed.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task AlertsAdd_ThresholdNotANumber_IsRejectedByTheParser()
    {
        var result = await _cli.RunAsync("alerts", "add", "--kind", "topic", "--threshold", "high", "--email", "ann@clinic.example");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("high", result.Error, StringComparison.Ordinal);
    }
}
