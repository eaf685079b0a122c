using System.CommandLine;
using HealthShire.Listener.Classifier.Training;

namespace HealthShire.Listener.Commands;

/// <summary><c>train --data FILE.csv [--data …] [--out models/…] [--seed N]</c>: trains and writes the model with its card.</summary>
internal static class TrainCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "A labelled CSV (id,source,label,subreddit,title,body,… and/or intent columns); repeat for several.",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model; its card goes beside it.",
            DefaultValueFactory = _ => "models/healthshire-classifier.zip",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed for the validation split and the trainers; the same inputs and seed give the same model.",
            DefaultValueFactory = _ => TrainRequest.DefaultSeed,
        };
        var command = new Command("train", "Train the topic and intent models, print validation metrics, write the model and its card.")
        {
            data,
            output,
            seed,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                var request = new TrainRequest(parseResult.GetValue(data) ?? [], parseResult.GetValue(output)!, parseResult.GetValue(seed));
                await app.Services.GetRequiredService<ClassifierTrainer>().TrainAsync(request, writer, token);
                return 0;
            },
            ct,
            usesStore: false));
        return command;
    }
}
