using System.Globalization;
using System.Text.Json;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Evaluation;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ClassifierEvaluatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("classifier-eval-").FullName;

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EvaluateAsync_Json_WritesTopicIntentAndSkippedFigures()
    {
        var path = Path.Combine(folder, "eval.csv");
        await File.WriteAllTextAsync(path,
            "id,label,title,body,question,crisis\n"
            + "1,none,Trout,We caught trout at the lake and grilled them by the campfire.,0,0\n"
            + "2,ptsd,Flashbacks,My PTSD flashbacks and nightmares come back every night since the assault.,0,0\n"
            + "3,medication,Meds,Is 20 mg of Prozac a lot for a first dose?,1,0\n"
            + "4,anxiety,Worry,Does anyone else have panic attacks before exams? How do you cope?,1,0\n", TestContext.Current.CancellationToken);
        var output = new StringWriter(CultureInfo.InvariantCulture);

        var report = await new ClassifierEvaluator(ShippedModel.Classifier).EvaluateAsync(path, json: true, output, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("skipped").GetInt32());
        Assert.Equal(3, root.GetProperty("topic").GetProperty("count").GetInt32());
        Assert.True(root.GetProperty("topic").GetProperty("macroF1").GetDouble() >= 0);
        Assert.True(root.GetProperty("topic").GetProperty("accuracy").GetDouble() >= 0);
        Assert.Equal(1, root.GetProperty("topic").GetProperty("perClass").GetProperty("ptsd").GetProperty("support").GetInt32());
        Assert.Equal(2, root.GetProperty("intents").GetProperty("question").GetProperty("support").GetInt32());
        Assert.False(root.GetProperty("intents").TryGetProperty("medication", out _));
        Assert.Equal(report.Skipped, root.GetProperty("skipped").GetInt32());
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EvaluateAsync_Text_PrintsPerClassTableAndConfusionMatrix()
    {
        var path = Path.Combine(folder, "eval.csv");
        await File.WriteAllTextAsync(path, "id,label,title,body\n1,none,Trout,We caught trout at the lake.\n", TestContext.Current.CancellationToken);
        var output = new StringWriter(CultureInfo.InvariantCulture);

        await new ClassifierEvaluator(ShippedModel.Classifier).EvaluateAsync(path, json: false, output, TestContext.Current.CancellationToken);

        Assert.Contains("macro-F1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Confusion", output.ToString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EvaluateAsync_TwoFiles_ReportsEachFileAndKindOfTextApart()
    {
        var posts = Path.Combine(folder, "posts.csv");
        await File.WriteAllTextAsync(posts,
            "id,label,subreddit,title,body\n"
            + "1,ptsd,ptsd,Flashbacks again,My PTSD flashbacks come back every night. I startle at every noise.\n"
            + "2,none,CasualConversation,Fishing trip,We caught trout at the lake. Then we grilled them.\n",
            TestContext.Current.CancellationToken);
        var tweets = Path.Combine(folder, "tweets.csv");
        await File.WriteAllTextAsync(tweets, "id,label,title,body\n1,none,,Good morning everyone\n2,depression,,I feel empty and hopeless again\n",
            TestContext.Current.CancellationToken);
        var output = new StringWriter(CultureInfo.InvariantCulture);

        await new ClassifierEvaluator(ShippedModel.Classifier).EvaluateAsync([posts, tweets], json: true, output, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("topic").GetProperty("count").GetInt32());
        var kinds = root.GetProperty("reports").EnumerateArray()
            .Select(r => (r.GetProperty("data").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("topic").GetProperty("count").GetInt32()))
            .ToList();
        var folderName = Path.GetFileName(folder);
        Assert.Equal(
            [
                ($"{folderName}/posts.csv", TextKinds.WholePosts, 2), ($"{folderName}/posts.csv", TextKinds.TitlesAlone, 2),
                ($"{folderName}/posts.csv", TextKinds.FirstSentences, 2), ($"{folderName}/tweets.csv", TextKinds.ShortPosts, 2),
            ],
            kinds);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task EvaluateAsync_NoLabelOrIntentColumns_ThrowsInputException()
    {
        var path = Path.Combine(folder, "eval.csv");
        await File.WriteAllTextAsync(path, "id,title,body\n1,a,b\n", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ClassifierInputException>(
            () => new ClassifierEvaluator(ShippedModel.Classifier).EvaluateAsync(path, json: true, TextWriter.Null, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
