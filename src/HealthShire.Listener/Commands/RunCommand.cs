using System.CommandLine;
using System.Data.Common;
using HealthShire.Listener.Api;
using HealthShire.Listener.Hosting;
using HealthShire.Listener.Storage;
using HealthShire.Listener.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Commands;

/// <summary><c>run</c>: the scheduled worker with its HTTP endpoints, until Ctrl+C or SIGTERM.</summary>
internal static class RunCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var command = new Command("run", "Run the scheduled worker (the default when no command is given).");
        command.SetAction((parseResult, ct) => RunAsync(parseResult, environment, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        var urls = string.Empty;
        try
        {
            await using var app = ListenerHost.BuildWorker(environment.Configure);
            urls = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.Urls;
            using var workerLock = SqliteWorkerLock.TryAcquire(app.Services.GetRequiredService<IOptions<StoreOptions>>().Value, out var refusal);
            if (refusal is not null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(refusal);
                return HostedCommand.StoreErrorExitCode;
            }

            // Stopping waits for a running pass to store its batch (Quartz WaitForJobsToComplete).
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (StartupFaults.ListenFailure(ex, urls) is { } line)
        {
            // The web server binds last: the store is migrated, and no pass has run (the scheduler waits for the start).
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(line);
            return HostedCommand.ListenErrorExitCode;
        }
        catch (Exception ex) when (HostedCommand.IsConfigurationError(ex))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Configuration error: {ex.Message}");
            return HostedCommand.ConfigurationErrorExitCode;
        }
        catch (DbException ex)
        {
            // The store is brought up to date before anything else starts; a worker that cannot reach it stops with
            // one line and a distinct exit code, for the service manager to restart it later.
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(HostedCommand.StoreError(ex));
            return HostedCommand.StoreErrorExitCode;
        }
    }
}
