using System.Globalization;
using System.Text.Json;
using HealthShire.Listener.Classifier;
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
    public async Task EvaluateAsync_NoLabelOrIntentColumns_ThrowsInputException()
    {
        var path = Path.Combine(folder, "eval.csv");
        await File.WriteAllTextAsync(path, "id,title,body\n1,a,b\n", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ClassifierInputException>(
            () => new ClassifierEvaluator(ShippedModel.Classifier).EvaluateAsync(path, json: true, TextWriter.Null, TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
