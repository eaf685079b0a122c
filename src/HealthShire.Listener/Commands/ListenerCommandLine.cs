using System.CommandLine;
using HealthShire.Listener.Alerts;

namespace HealthShire.Listener.Commands;

/// <summary>The command line: parses the arguments and runs the chosen command.</summary>
internal static class ListenerCommandLine
{
    public static Task<int> InvokeAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        TextReader input,
        Action<IConfigurationBuilder>? configure,
        CancellationToken cancellationToken = default)
    {
        var environment = new CommandEnvironment(configure);
        var root = new RootCommand(
            "HealthShire Listener: collects public mental-health posts, tags them by topic and intent, and keeps them for trends.")
        {
            RunCommand.Create(environment),
            CollectCommand.Create(environment),
            ImportCommand.Create(environment),
            StatusCommand.Create(environment),
            TrainCommand.Create(environment),
            EvaluateCommand.Create(environment),
            ClassifyCommand.Create(environment, input),
            ReclassifyCommand.Create(environment),
            SubscribersCommand.Create(environment),
            DigestCommand.Create(environment),
            TrendsCommand.Create(environment),
            QuestionsCommand.Create(environment),
            MedicationsCommand.Create(environment),
            ExportCommand.Create(environment),
            AlertsCommand.Create(environment),
        };
        root.SetAction((parseResult, ct) => RunCommand.RunAsync(parseResult, environment, ct));
        return InvokeAsync(root, args, output, error, cancellationToken);
    }

    /// <summary>Parses <paramref name="args"/> against a program's root command and runs what they choose.</summary>
    public static Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C / SIGTERM cancel the command's token; the running batch is then stored before exit.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(60),
        };
        return root.Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
