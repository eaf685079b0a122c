using HealthShire.Listener.Commands;
using HealthShire.Listener.Hosting;

return await ListenerProgram.RunAsync(() => ListenerCommandLine.InvokeAsync(args, Console.Out, Console.Error, Console.In, configure: null));

/// <summary>The program; partial so that tests can host it.</summary>
public partial class Program;
