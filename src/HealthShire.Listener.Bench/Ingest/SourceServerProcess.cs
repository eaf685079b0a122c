using System.Diagnostics;
using System.Globalization;

namespace HealthShire.Listener.Bench.Ingest;

/// <summary>
/// The benchmark's loopback Reddit/X server in a child process (<c>sources</c>), so the
/// ingest figures (speed and memory) are those of the worker alone.
/// </summary>
internal sealed class SourceServerProcess : IAsyncDisposable
{
    public const string ReadyPrefix = "ready ";

    private readonly Process _process;

    private SourceServerProcess(Process process, string baseUrl, int texts)
    {
        _process = process;
        BaseUrl = baseUrl;
        Texts = texts;
    }

    public string BaseUrl { get; }

    public int Texts { get; }

    public static async Task<SourceServerProcess> StartAsync(int postsPerCommunity, string? dataPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(SourceServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add(SourceServerCommand.Name);
        start.ArgumentList.Add("--posts-per-community");
        start.ArgumentList.Add(postsPerCommunity.ToString(CultureInfo.InvariantCulture));
        if (dataPath is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(dataPath);
        }

        // A profiler attached to the benchmark (dotnet-trace) must not make the server wait for it too.
        start.Environment.Remove("DOTNET_DiagnosticPorts");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The benchmark source server did not start.");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line is null || !line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The benchmark source server did not get ready: '{line}'.");
        }

        var parts = line[ReadyPrefix.Length..].Split(' ');
        return new SourceServerProcess(process, parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        // Closing its standard input is the child's signal to stop.
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
