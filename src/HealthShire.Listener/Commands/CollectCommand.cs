using System.CommandLine;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Commands;

/// <summary><c>collect --once [--source NAME]</c>: one pass over the enabled sources, then exit.</summary>
internal static class CollectCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var once = new Option<bool>("--once") { Description = "Run one pass and exit (the only mode; kept explicit for scripts)." };
        var source = new Option<string?>("--source") { Description = "Collect only this source." };
        source.AcceptOnlyFromAmong([.. SourceCatalog.Names]);

        var command = new Command("collect", "Collect new posts once from the enabled sources and print what was collected.")
        {
            once,
            source,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            (app, output, token) => CollectAsync(app, parseResult.GetValue(source), output, token),
            ct));
        return command;
    }

    private static async Task<int> CollectAsync(IHost app, string? sourceName, TextWriter output, CancellationToken cancellationToken)
    {
        var registry = app.Services.GetRequiredService<SourceRegistry>();
        var pipeline = app.Services.GetRequiredService<ListeningPipeline>();
        var sources = registry.Enabled;
        if (sourceName is not null)
        {
            var schedule = registry.Schedules.First(s => s.Name == sourceName);
            if (!schedule.Enabled || registry.Find(sourceName) is not { } chosen)
            {
                await output.WriteLineAsync($"Source '{sourceName}' is disabled (Sources:{schedule.Section}:Enabled).");
                return 1;
            }

            sources = [chosen];
        }

        foreach (var source in sources)
        {
            var result = await pipeline.RunAsync(source, cancellationToken);
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
        foreach (var community in result.Communities.Where(c => c.Fetched > 0 || !c.CheckpointAdvanced))
        {
            var note = community.CheckpointAdvanced ? string.Empty : " (incomplete: checkpoint kept)";
            await output.WriteLineAsync(
                $"  {community.Community}: {community.Fetched} fetched, {community.Inserted} new, {community.Updated} updated{note}");
        }
    }
}
