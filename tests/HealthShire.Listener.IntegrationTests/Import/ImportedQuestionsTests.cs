using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Collection;
using HealthShire.Listener.IntegrationTests.Fakes.Reddit;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Import;

/// <summary>After an import the insight commands see the imported posts at once, each at its own creation time.</summary>
public sealed class ImportedQuestionsTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Import_QuestionFrom2019_CountsInTrendsButIsNotAnOpenQuestionToday()
    {
        await using var h = await RedditCollectionHarness.StartAsync("ADHD");
        var question = new FakeRedditPost(
            "old1",
            new DateTimeOffset(2019, 5, 6, 14, 0, 0, TimeSpan.Zero),
            Title: "Has anyone tried Ritalin? What should I expect in the first week?",
            Selftext: "My doctor just prescribed it and I am nervous about side effects. Any advice?",
            Subreddit: "ADHD");
        var recent = question with { Id = "new1", CreatedAt = DateTimeOffset.UtcNow.AddDays(-2) };
        var dump = await DumpFile.WritePlainAsync(Path.Combine(h.Cli.Directory, "dump.ndjson"), DumpFile.Lines([question, recent]));
        Assert.Equal(0, (await h.Cli.RunAsync("import", "--source", "reddit", dump)).ExitCode);

        var questions = await h.Cli.RunAsync("questions", "--json", "--max-age-days", "90");
        var trends = await h.Cli.RunAsync("trends", "--json", "--interval", "day", "--from", "2019-05-06", "--to", "2019-05-06");
        var rising = await h.Cli.RunAsync("trends", "--rising");

        Assert.Equal(0, questions.ExitCode);
        using var page = JsonDocument.Parse(questions.Output);
        var ids = page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(["reddit-new1"], ids);
        using var series = JsonDocument.Parse(trends.Output);
        Assert.Equal(1, series.RootElement.GetProperty("series").EnumerateArray()
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Sum(p => p.GetProperty("posts").GetInt64()));
        Assert.Equal(0, rising.ExitCode);
        // Past Store:TextRetention the text is not kept, only the tags and counts made from it.
        Assert.Equal(string.Empty, await h.ReadColumnAsync<string>("old1", "title"));
        Assert.Equal(recent.Title, await h.ReadColumnAsync<string>("new1", "title"));
    }
}
