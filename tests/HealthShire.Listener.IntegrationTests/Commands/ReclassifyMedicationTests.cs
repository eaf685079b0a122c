using System.Text.Json;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Commands;

public sealed class ReclassifyMedicationTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Reclassify_PostsTaggedBeforeMedicationsWereKept_FillsThemInWithProgressAndCorrectCounts()
    {
        string model;
        using (var app = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(_cli.Settings)))
        {
            var store = app.Services.GetRequiredService<IPostStore>();
            await store.MigrateAsync(TestContext.Current.CancellationToken);
            model = app.Services.GetRequiredService<IPostClassifier>().ModelVersion;
            var current = new PostTags(Topics.Adhd, 0.5f, new IntentScore(true, 0.9f), default, default, default, model);
            var old = current with { ModelVersion = "old-model" };
            await store.SaveBatchAsync(
                [
                    Post("current", "I just started Ritalin. What should I expect?", current),
                    Post("old", "Is Zoloft or lexapro better for worry?", old),
                    Post("plain", "What helps you focus at work?", current),
                ],
                [],
                TestContext.Current.CancellationToken);
        }

        // As a store upgraded from before medications were kept: the posts are tagged, the names are not.
        await using (var connection = new SqliteConnection($"Data Source={_cli.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var clear = connection.CreateCommand();
            clear.CommandText = "UPDATE posts SET medications = NULL;";
            await clear.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var first = await _cli.RunAsync("reclassify");
        var second = await _cli.RunAsync("reclassify");
        var ritalin = await _cli.RunAsync("questions", "--medication", "concerta", "--json");
        var weeks = await _cli.RunAsync("trends", "--medication", "sertraline", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Re-tagged 3 of 3", first.Output, StringComparison.Ordinal);
        Assert.Contains("Reclassify: 3 of at most 3 stored posts read (100%), 3 re-tagged", first.Error, StringComparison.Ordinal);
        Assert.Contains("Re-tagged 0 of 3", second.Output, StringComparison.Ordinal);
        using var page = JsonDocument.Parse(ritalin.Output);
        var item = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("reddit-current", item.GetProperty("id").GetString());
        Assert.Equal(["methylphenidate"], item.GetProperty("medications").EnumerateArray().Select(m => m.GetString()));
        using var trends = JsonDocument.Parse(weeks.Output);
        Assert.Equal(1, trends.RootElement.GetProperty("series").EnumerateArray().Sum(s => s.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64())));
    }

    private static ClassifiedPost Post(string id, string title, PostTags tags) => new(
        new Post("reddit", id, "adhd", title, string.Empty, null, $"https://www.reddit.com/r/adhd/comments/{id}/", DateTimeOffset.UtcNow.AddHours(-1), 1, 0, PostFlags.None),
        tags);
}
