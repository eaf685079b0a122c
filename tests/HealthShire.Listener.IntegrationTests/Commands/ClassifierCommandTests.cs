using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.IntegrationTests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.IntegrationTests.Commands;

public sealed class ClassifierCommandTests : IDisposable
{
    private readonly ListenerCli _cli = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Classify_TextArgument_PrintsTopicProbabilityAndEveryIntent()
    {
        var result = await _cli.RunAsync("classify", "I started Adderall for my ADHD last week. Is losing my appetite normal?");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(json.RootElement.GetProperty("topic").GetString(), Topics.All);
        Assert.InRange(json.RootElement.GetProperty("probability").GetSingle(), 0f, 1f);
        var intents = json.RootElement.GetProperty("intents");
        Assert.Equal(["question", "medication", "medication_question", "crisis"], intents.EnumerateObject().Select(p => p.Name));
        Assert.True(intents.GetProperty("question").GetProperty("present").GetBoolean());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Classify_StandardInput_IsReadWhenNoTextIsGiven()
    {
        _cli.Input = "Does anyone know if sertraline makes you sleepy?";

        var result = await _cli.RunAsync("classify");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("intents").GetProperty("question").GetProperty("present").GetBoolean());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Evaluate_MissingFile_FailsWithAClearMessage()
    {
        var result = await _cli.RunAsync("evaluate", "--data", Path.Combine(_cli.Directory, "nope.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.csv", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Train_ThenEvaluateWithTheNewModel_WritesModelAndCardAndReportsJsonFigures()
    {
        var data = WriteTinyCsv();
        var model = Path.Combine(_cli.Directory, "models", "tiny.zip");

        var train = await _cli.RunAsync("train", "--data", data, "--out", model);
        _cli.Settings["Classifier:ModelPath"] = model;
        var evaluate = await _cli.RunAsync("evaluate", "--data", data, "--json");

        Assert.True(train.ExitCode == 0, train.Output + train.Error);
        Assert.True(File.Exists(model));
        Assert.NotEmpty(Directory.GetFiles(Path.GetDirectoryName(model)!, "*.card.*"));
        Assert.Equal(0, evaluate.ExitCode);
        using var json = JsonDocument.Parse(evaluate.Output);
        Assert.InRange(json.RootElement.GetProperty("topic").GetProperty("macroF1").GetDouble(), 0, 1);
        Assert.True(json.RootElement.GetProperty("intents").TryGetProperty("crisis", out _));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Reclassify_RetagsPostsOfAnOlderModelOnlyOnce()
    {
        using (var app = ListenerHost.BuildCommand(c => c.AddInMemoryCollection(_cli.Settings)))
        {
            var store = app.Services.GetRequiredService<IPostStore>();
            await store.MigrateAsync(TestContext.Current.CancellationToken);
            var old = new PostTags(Topics.None, 0.5f, default, default, default, default, "old-model");
            await store.SaveBatchAsync(
                [.. Enumerable.Range(1, 3).Select(i => new ClassifiedPost(
                    new Post("reddit", $"p{i}", "depression", "I feel hopeless every day", "Nothing helps anymore.", null,
                        $"https://www.reddit.com/r/depression/comments/p{i}/", DateTimeOffset.UtcNow, 1, 0, PostFlags.None),
                    old))],
                [],
                TestContext.Current.CancellationToken);
        }

        var first = await _cli.RunAsync("reclassify");
        var second = await _cli.RunAsync("reclassify");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Re-tagged 3 of 3", first.Output, StringComparison.Ordinal);
        Assert.Contains("Re-tagged 0 of 3", second.Output, StringComparison.Ordinal);
    }

    private string WriteTinyCsv()
    {
        (string Label, string Text, string Intents)[] rows =
        [
            ("anxiety", "my heart races before every meeting and the worry never stops", "0,0,0,0"),
            ("anxiety", "how do you calm a panic attack on a crowded train?", "1,0,0,0"),
            ("anxiety", "started sertraline for the worry and the nausea is awful, will it pass?", "1,1,1,0"),
            ("anxiety", "my psychiatrist raised my escitalopram dose and I sleep better now", "0,1,0,0"),
            ("none", "we grilled vegetables and played board games all evening", "0,0,0,0"),
            ("none", "which hiking boots survive muddy trails best?", "1,0,0,0"),
            ("self_harm_suicide", "tonight I plan to end my life, I wrote the notes", "0,0,0,1"),
            ("self_harm_suicide", "does the urge to cut ever fade? it is strong right now", "1,0,0,1"),
        ];
        var csv = new StringBuilder("id,source,label,subreddit,title,body,question,medication,medication_question,crisis\n");
        for (var copy = 0; copy < 10; copy++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                csv.Append($"r{copy}-{i},test,{rows[i].Label},,,\"{rows[i].Text} ({copy})\",{rows[i].Intents}\n");
            }
        }

        var path = Path.Combine(_cli.Directory, "tiny.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
