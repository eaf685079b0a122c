using System.CommandLine;
using HealthShire.Listener.Classifier.Evaluation;

namespace HealthShire.Listener.Commands;

/// <summary><c>evaluate --data FILE.csv [--data …] [--json]</c>: scores the shipped model on labelled files, each kind of text apart.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "A CSV with topic labels and/or intent columns; repeat for several. Each is scored as whole posts, titles alone and first sentences.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("evaluate", "Score the model on a labelled CSV: per-class and macro figures, confusion matrix, intents.")
        {
            data,
            json,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                var evaluator = app.Services.GetRequiredService<ClassifierEvaluator>();
                await evaluator.EvaluateAsync(parseResult.GetValue(data) ?? [], parseResult.GetValue(json), writer, token);
                return 0;
            },
            ct,
            usesStore: false));
        return command;
    }
}
