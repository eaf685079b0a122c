using System.CommandLine;
using System.Text;
using HealthShire.Listener.Api.Export;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>export [--out FILE] [--format csv|json] [--from] [--to] [--topic] [--source] [--community] [--include-pseudonyms]</c>: the
/// same as <c>GET /api/export</c>. CSV into a file also writes the weekly counts to <c>FILE-weekly.csv</c>;
/// JSON holds them in its <c>weekly</c> member.
/// </summary>
internal static class ExportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CommandEnvironment environment)
    {
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var format = CommandParameters.Text("--format", "csv (default) or json.");
        var from = CommandParameters.Text("--from", "First day, yyyy-MM-dd (default: the Monday eleven weeks before --to).");
        var to = CommandParameters.Text("--to", "Last day, yyyy-MM-dd (default: today).");
        var topic = CommandParameters.Text("--topic", "Only this topic.");
        var source = CommandParameters.Text("--source", "Only this source (reddit, x, mastodon, bluesky, blog).");
        var community = CommandParameters.Text("--community", "Only this community (r/name, #tag or the stored name).");
        var pseudonyms = new Option<bool>("--include-pseudonyms") { Description = "Add the authors' keyed pseudonyms (never raw names)." };
        var command = new Command(
            "export",
            "Export tagged posts for spreadsheets. CSV with --out also writes weekly counts per topic to <name>-weekly.csv; JSON has them in 'weekly'.")
        {
            outFile, format, from, to, topic, source, community, pseudonyms,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var request = new ExportRequest(
                    parseResult.GetValue(format), parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(topic),
                    parseResult.GetValue(pseudonyms) ? "true" : "false", parseResult.GetValue(source), parseResult.GetValue(community));
                var today = app.Services.GetRequiredService<ListenerCalendar>().Today(app.Services.GetRequiredService<TimeProvider>());
                if (!request.TryCreateQuery(today, out var chosenFormat, out var query, out var error))
                {
                    return await CommandParameters.RefuseAsync(parseResult, error);
                }

                var store = app.Services.GetRequiredService<IInsightsStore>();
                query = await PostExport.MatchCommunityAsync(store, query, token);
                if (parseResult.GetValue(outFile) is not { } file)
                {
                    await PostExport.WriteAsync(store, query, chosenFormat, output, token);
                    return 0;
                }

                await WriteFileAsync(file.FullName, writer => PostExport.WriteAsync(store, query, chosenFormat, writer, token), token);
                await output.WriteLineAsync($"Wrote {file.FullName}");
                if (chosenFormat == "csv")
                {
                    var weekly = WeeklyPath(file.FullName);
                    await WriteFileAsync(weekly, writer => PostExport.WriteWeeklyCsvAsync(store, query, writer, token), token);
                    await output.WriteLineAsync($"Wrote {weekly}");
                }

                return 0;
            },
            ct));
        return command;
    }

    /// <summary><c>posts.csv</c> → <c>posts-weekly.csv</c> beside it.</summary>
    public static string WeeklyPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-weekly.csv");

    private static async Task WriteFileAsync(string path, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, Utf8);
        await write(writer);
        await writer.FlushAsync(cancellationToken);
    }
}
