using System.CommandLine;
namespace HealthShire.Listener.Bench.Ingest;

/// <summary>
/// Hidden <c>sources</c>: the ingest benchmark's loopback Reddit/X server, run by the ingest benchmark as
/// a child process; prints its address and serves until standard input closes.
/// </summary>
internal static class SourceServerCommand
{
    public const string Name = "sources";

    public static Command Create(TextReader input)
    {
        var posts = new Option<int>("--posts-per-community") { DefaultValueFactory = _ => 1000 };
        var data = new Option<string?>("--data");
        var command = new Command(Name, "Serve synthetic Reddit and X pages for the ingest benchmark.") { posts, data };
        command.Hidden = true;
        command.SetAction(async (parseResult, ct) =>
        {
            var texts = await BenchTexts.LoadAsync(parseResult.GetValue(data), 1000, ct);
            await using var server = new SyntheticSourceServer(texts, parseResult.GetValue(posts));
            await server.StartAsync(ct);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{SourceServerProcess.ReadyPrefix}{server.BaseUrl} {texts.Count}");
            await output.FlushAsync(ct);
            await input.ReadToEndAsync(ct);
            return 0;
        });
        return command;
    }
}
