using System.CommandLine;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Status;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>status [--json]</c>: each registered source (enabled, interval, checkpoints, last error), posts per source and
/// community, newest post times and checkpoints.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("status", "Show each registered source and what the store holds: posts per source and community, newest posts, checkpoints, last errors.")
        {
            json,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var status = await app.Services.GetRequiredService<IPostStore>().GetStatusAsync(token);
                var sources = app.Services.GetRequiredService<SourceRegistry>().All.Select(r => SourceStatus.Of(r, status.Checkpoints)).ToList();
                await output.WriteLineAsync(parseResult.GetValue(json) ? StatusReport.ToJson(status, sources) : StatusReport.ToText(status, sources));
                return 0;
            },
            ct));
        return command;
    }
}
