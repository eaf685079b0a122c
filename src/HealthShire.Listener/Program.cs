using HealthShire.Listener.Commands;
using Serilog;
using Serilog.Events;

// Until the host's own logger is configured from appsettings.json, only start-up trouble is written, to standard error.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
    .CreateBootstrapLogger();

try
{
    return await ListenerCommandLine.InvokeAsync(args, Console.Out, Console.Error, Console.In, configure: null);
}
catch (Exception ex)
{
    Log.Fatal(ex, "HealthShire Listener stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The program; partial so that tests can host it.</summary>
public partial class Program;
