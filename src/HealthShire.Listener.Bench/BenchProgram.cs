using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Bench;

/// <summary>The bench program: <c>dotnet run -c Release --project src/HealthShire.Listener.Bench -- [--only NAME] …</c>.</summary>
internal static class BenchProgram
{
    public static Task<int> Main(string[] args) =>
        ListenerProgram.RunAsync(() => BenchCommandLine.InvokeAsync(args, Console.Out, Console.Error, Console.In, configure: null));
}
