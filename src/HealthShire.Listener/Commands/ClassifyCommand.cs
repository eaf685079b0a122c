using System.CommandLine;
using System.Text.Json;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Commands;

/// <summary><c>classify "text"</c> (or the text on standard input): topic, probability and intents as JSON.</summary>
internal static class ClassifyCommand
{
    public static Command Create(CommandEnvironment environment, TextReader input)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to classify; read from standard input when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("classify", "Classify one text and print the topic, its probability and the intents as JSON.")
        {
            text,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                var value = parseResult.GetValue(text) ?? await input.ReadToEndAsync(token);
                if (value.Length > 1_000_000)
                {
                    throw new ClassifierInputException("The text is longer than 1,000,000 characters.");
                }

                var tags = app.Services.GetRequiredService<IPostClassifier>().Classify([new PostText(string.Empty, value)])[0];
                var json = JsonSerializer.Serialize(ClassificationJson.From(tags), ClassifierJsonContext.Default.ClassificationJson);
                await writer.WriteLineAsync(json);
                return 0;
            },
            ct,
            usesStore: false));
        return command;
    }
}
