using System.Text.Json;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.IntegrationTests.Api;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Commands;

public sealed class InsightsCommandTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Questions_Json_ListsTheOpenQuestionsLikeTheApi()
    {
        await SeedAsync(
            Seed.Post("q1", Topics.Adhd, question: true, title: "Open\u001b[31m question"),
            Seed.Post("q2", Topics.Adhd, question: true, crisis: true),
            Seed.Post("q3", Topics.Adhd, question: true, replies: 4));

        var json = await _cli.RunAsync("questions", "--json");
        var table = await _cli.RunAsync("questions", "--topic", "adhd");

        Assert.Equal(0, json.ExitCode);
        using var page = JsonDocument.Parse(json.Output);
        Assert.Equal("reddit-q1", Assert.Single(page.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Open questions: 1", table.Output, StringComparison.Ordinal);
        Assert.Contains("[31m question", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", table.Output, StringComparison.Ordinal);
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("questions", "--max-age-days", "0", "maxAgeDays: must be a whole number from 1 to 90")]
    [InlineData("questions", "--page-size", "500", "pageSize: must be a whole number from 1 to 100")]
    [InlineData("trends", "--topic", "sadness", "topic: must be one of")]
    [InlineData("trends", "--interval", "month", "interval: must be week or day")]
    [InlineData("trends", "--medication", "aspirinx", "medication: must be a known medication")]
    [InlineData("questions", "--medication", "aspirinx", "medication: must be a known medication")]
    [InlineData("export", "--from", "01/02/2026", "from: must be a date written yyyy-MM-dd")]
    [InlineData("trends", "--to", "0001-01-01", "to: must be a date from 2000-01-01 to 2099-12-31")]
    [InlineData("export", "--to", "0001-01-01", "to: must be a date from 2000-01-01 to 2099-12-31")]
    [InlineData("export", "--to", "9999-12-31", "to: must be a date from 2000-01-01 to 2099-12-31")]
    [InlineData("reclassify", "--since", "0001-01-01", "since: must be a date from 2000-01-01 to 2099-12-31")]
    public async Task InvalidOption_PrintsTheApiMessageAndFails(string command, string option, string value, string message)
    {
        var result = await _cli.RunAsync(command, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory(Timeout = TestTimeouts.Integration)]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task Export_DateOutOfRange_WritesNoFile(string to)
    {
        var file = Path.Combine(_cli.Directory, "refused.csv");

        var result = await _cli.RunAsync("export", "--to", to, "--out", file);

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(Path.Combine(_cli.Directory, "refused-weekly.csv")));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Trends_PrintsTheSeededCounts()
    {
        await SeedAsync(Seed.Post("a", Topics.Bipolar), Seed.Post("b", Topics.Bipolar), Seed.Post("c", Topics.Ptsd));
        var today = Seed.Day(Seed.Now);

        var table = await _cli.RunAsync("trends", "--interval", "day", "--from", Seed.Day(Seed.Now.AddDays(-1)), "--to", today);
        var json = await _cli.RunAsync("trends", "--topic", "bipolar", "--json");
        var rising = await _cli.RunAsync("trends", "--rising");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("bipolar", table.Output, StringComparison.Ordinal);
        Assert.Contains("ptsd", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("adhd", table.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var series = Assert.Single(document.RootElement.GetProperty("series").EnumerateArray());
        Assert.Equal(2, series.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64()));
        Assert.Equal(0, rising.ExitCode);
        Assert.Contains("Rising topics", rising.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Medications_TableJsonAndFilters_NameTheMedications()
    {
        await SeedAsync(
            Seed.Post("d1", Topics.Depression, age: TimeSpan.FromDays(7), medications: ["sertraline"]),
            Seed.Post("d2", Topics.Depression, question: true, title: "Zoloft and sleep?", medications: ["bupropion", "sertraline"]),
            Seed.Post("d3", Topics.Depression, question: true, title: "Lithium levels?", medications: ["lithium"]));

        var table = await _cli.RunAsync("medications");
        var json = await _cli.RunAsync("medications", "--json");
        var questions = await _cli.RunAsync("questions", "--medication", "zoloft");
        var trends = await _cli.RunAsync("trends", "--medication", "Zoloft", "--topic", "depression", "--interval", "day",
            "--from", Seed.Day(Seed.Now.AddDays(-8)), "--to", Seed.Day(Seed.Now));

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("sertraline", table.Output, StringComparison.Ordinal);
        using (var document = JsonDocument.Parse(json.Output))
        {
            var sertraline = document.RootElement.GetProperty("medications").EnumerateArray().Single(m => m.GetProperty("medication").GetString() == "sertraline");
            Assert.Equal((1L, 1L), (sertraline.GetProperty("posts").GetInt64(), sertraline.GetProperty("openQuestions").GetInt64()));
        }

        Assert.Equal(0, questions.ExitCode);
        Assert.Contains("Open questions: 1", questions.Output, StringComparison.Ordinal);
        Assert.Contains("(bupropion, sertraline)", questions.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Lithium", questions.Output, StringComparison.Ordinal);
        Assert.Equal(0, trends.ExitCode);
        Assert.Contains("Posts naming sertraline", trends.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Export_CsvToFile_AlsoWritesTheWeeklyCounts()
    {
        await SeedAsync(Seed.Post("e1", Topics.Addiction, title: "+1 for this"), Seed.Post("e2", Topics.Addiction));
        var file = Path.Combine(_cli.Directory, "export.csv");

        var result = await _cli.RunAsync("export", "--out", file);

        Assert.Equal(0, result.ExitCode);
        var posts = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(3, posts.Length);
        Assert.Contains(posts, line => line.Contains(",'+1 for this,", StringComparison.Ordinal));
        Assert.DoesNotContain("pseudonym", posts[0], StringComparison.Ordinal);
        var weekly = await File.ReadAllLinesAsync(Path.Combine(_cli.Directory, "export-weekly.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("weekStart,topic,posts,questions,medicationQuestions,crisis,unanswered", weekly[0]);
        Assert.Equal(2, weekly.Skip(1).Where(l => l.Contains(",addiction,", StringComparison.Ordinal)).Sum(l => int.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task SeedAsync(params ClassifiedPost[] posts)
    {
        var settings = new Dictionary<string, string?>(_cli.Settings);
        using var app = ListenerHost.BuildCommand(configuration => configuration.AddInMemoryCollection(settings));
        var store = app.Services.GetRequiredService<IPostStore>();
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        await store.SaveBatchAsync(posts, [], TestContext.Current.CancellationToken);
    }
}
