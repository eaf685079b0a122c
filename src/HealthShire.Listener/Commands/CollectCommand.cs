using System.CommandLine;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Commands;

/// <summary><c>collect --once [--source NAME]</c>: one pass over the enabled sources, then exit.</summary>
internal static class CollectCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var once = new Option<bool>("--once") { Description = "Run one pass and exit (the only mode; kept explicit for scripts)." };
        var source = new Option<string?>("--source") { Description = "Collect only this source (one of the registered sources that status lists)." };

        var command = new Command("collect", "Collect new posts once from the enabled sources and print what was collected.")
        {
            once,
            source,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            (app, output, token) => CollectAsync(app, parseResult.GetValue(source), output, token),
            ct,
            refuse: app => UnknownSource(app.Services.GetRequiredService<SourceRegistry>(), parseResult.GetValue(source))));
        return command;
    }

    /// <summary>Refused before the store is touched: a name that no registered source has.</summary>
    private static string? UnknownSource(SourceRegistry registry, string? name) =>
        name is null || registry.Find(name) is not null
            ? null
            : $"Unknown source '{name}' for --source; the registered sources are {string.Join(", ", registry.Names)}.";

    private static async Task<int> CollectAsync(IHost app, string? sourceName, TextWriter output, CancellationToken cancellationToken)
    {
        var registry = app.Services.GetRequiredService<SourceRegistry>();
        var pipeline = app.Services.GetRequiredService<ListeningPipeline>();
        var sources = app.Services.GetServices<IPostSource>().ToList();
        var chosen = registry.EnabledSources(sources).ToList();
        if (sourceName is not null && registry.Find(sourceName) is { } registration)
        {
            if (!registration.Enabled)
            {
                await output.WriteLineAsync($"Source '{registration.Name}' is disabled ({registration.Section}:Enabled).");
                return 1;
            }

            chosen = [SourceRegistry.SourceOf(registration, sources)];
        }

        foreach (var source in chosen)
        {
            CollectResult result;
            try
            {
                result = await pipeline.RunAsync(source, cancellationToken);
            }
            catch (SourceUnavailableException ex)
            {
                // What it fetched before is stored; the other sources still run.
                await output.WriteLineAsync($"{source.Name}: not reached: {ex.Message}");
                continue;
            }

            await WriteResultAsync(result, output);
            if (cancellationToken.IsCancellationRequested)
            {
                await output.WriteLineAsync("Stopped early: the batches fetched so far are stored.");
                break;
            }
        }

        return 0;
    }

    private static async Task WriteResultAsync(CollectResult result, TextWriter output)
    {
        await output.WriteLineAsync(
            $"{result.Source}: {result.Fetched} fetched, {result.Inserted} new, {result.Updated} updated, " +
            $"{result.Refreshed} refreshed in {(result.FinishedAt - result.StartedAt).TotalSeconds:0.0} s");
        foreach (var community in result.Communities)
        {
            if (!community.CheckpointAdvanced)
            {
                await output.WriteLineAsync(
                    $"  {community.Community}: {community.Fetched} fetched, {community.Inserted} new, {community.Updated} updated (incomplete: checkpoint kept)");
            }
            else if (community.Fetched == 0)
            {
                await output.WriteLineAsync($"  {community.Community}: nothing new");
            }
            else
            {
                await output.WriteLineAsync(
                    $"  {community.Community}: {community.Fetched} fetched, {community.Inserted} new, {community.Updated} updated");
            }
        }
    }
}
