using Serilog;
using Serilog.Events;

namespace HealthShire.Listener.Hosting;

/// <summary>What every program of the listener does around its command line: the bootstrap logger and the last resort.</summary>
internal static class ListenerProgram
{
    public static async Task<int> RunAsync(Func<Task<int>> commandLine)
    {
        // Until the host's own logger is configured from appsettings.json, only start-up trouble is written, to standard error.
        Log.Logger = new LoggerConfiguration()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateBootstrapLogger();

        try
        {
            return await commandLine();
        }
#pragma warning disable CA1031 // The program's last stop: anything unexpected is logged once and becomes exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Fatal(ex, "HealthShire Listener stopped unexpectedly");
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
