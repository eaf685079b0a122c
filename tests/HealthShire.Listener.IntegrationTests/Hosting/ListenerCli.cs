using Microsoft.Extensions.Configuration;
using HealthShire.Listener.Bench;
using HealthShire.Listener.Commands;

namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>
/// Runs the real command line in-process against a temporary store, with settings layered over
/// appsettings.json exactly as environment variables would be.
/// </summary>
internal sealed class ListenerCli : IDisposable
{
    public ListenerCli()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("listener-test-").FullName;
        Settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Directory, "logs", "listener-.log"),
            ["Api:Urls"] = "http://127.0.0.1:0",
            ["Sources:Reddit:PacingEnabled"] = "false",
            ["Sources:X:PacingEnabled"] = "false",
            ["Sources:X:Enabled"] = "false",
        };
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "listener.db");

    public Dictionary<string, string?> Settings { get; }

    /// <summary>What the command reads from standard input.</summary>
    public string Input { get; set; } = string.Empty;

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(TestContext.Current.CancellationToken, args);

    public Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        InvokeAsync(ListenerCommandLine.InvokeAsync, args, cancellationToken);

    /// <summary>Runs the bench program's command line, with the same settings.</summary>
    public Task<CliResult> RunBenchAsync(params string[] args) =>
        InvokeAsync(BenchCommandLine.InvokeAsync, args, TestContext.Current.CancellationToken);

    private async Task<CliResult> InvokeAsync(CommandLine commandLine, string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?>(Settings);
        var exitCode = await commandLine(
            args,
            output,
            error,
            new StringReader(Input),
            configuration => configuration.AddInMemoryCollection(settings),
            cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private delegate Task<int> CommandLine(
        string[] args, TextWriter output, TextWriter error, TextReader input, Action<IConfigurationBuilder> configure, CancellationToken cancellationToken);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleaned by the OS.
        }
    }
}
