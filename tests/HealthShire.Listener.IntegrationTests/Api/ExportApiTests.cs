using HealthShire.Listener.Testing;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.IntegrationTests.Hosting;

namespace HealthShire.Listener.IntegrationTests.Api;

public sealed class ExportApiTests
{
    private const string FormulaTitle = "=HYPERLINK(\"https://example.invalid\",\"click\")";

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportCsv_NeutralisesFormulasAndLeavesOutPseudonyms()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(
            Seed.Post("f1", Topics.Adhd, title: FormulaTitle, body: "line one\nline two, with \"quotes\""),
            Seed.Post("f2", Topics.Anxiety, title: "@SUM(A1:A2)"));
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/export?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,source,community,createdAt,topic,", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"https://example.invalid\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1:A2),", csv, StringComparison.Ordinal);
        Assert.Contains("\"line one\nline two, with \"\"quotes\"\"\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("pseudonym", csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportCsv_WithPseudonymsAsked_AddsTheColumn()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(Seed.Post("p1", Topics.Adhd));
        using var client = server.CreateClient();

        var csv = await client.GetStringAsync(new Uri("/api/export?includePseudonyms=true", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(",authorPseudonym\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("pseudonym-p1", csv, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task ExportJson_HoldsWeeklyCountsAndPostsWithoutPseudonyms()
    {
        await using var server = await ListenerServer.StartAsync();
        await server.SeedAsync(Seed.Post("j1", Topics.Adhd, title: FormulaTitle), Seed.Post("j2", Topics.Adhd));
        using var client = server.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/export?format=json&topic=adhd", UriKind.Relative), TestContext.Current.CancellationToken));

        var posts = json.RootElement.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains(posts, p => p.GetProperty("title").GetString() == FormulaTitle);
        Assert.All(posts, p => Assert.False(p.TryGetProperty("authorPseudonym", out _)));
        var weekly = Assert.Single(json.RootElement.GetProperty("weekly").EnumerateArray());
        Assert.Equal(2, weekly.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64()));
    }
}
