using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Import;
using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>import --source reddit|generic FILE… [--network NAME] [--from] [--to] [--subreddit NAME…]</c>: streams archive dumps
/// or exported posts through the classify → store path, with progress on standard error and a summary line.
/// </summary>
internal static partial class ImportCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var source = new Option<string>("--source")
        {
            Description = "reddit: Pushshift / Arctic Shift submission dumps (NDJSON, plain or .zst); generic: exported posts (.csv or .jsonl, with --network).",
            Required = true,
        };
        source.AcceptOnlyFromAmong([.. ImportReaders.Sources]);
        var files = new Argument<string[]>("files") { Description = "The files to import, in order.", Arity = ArgumentArity.OneOrMore };
        var network = new Option<string?>("--network") { Description = "For --source generic: the network the posts come from (facebook, pinterest, tumblr…), stored as their source." };
        var from = CommandParameters.Text("--from", "Only posts from this day on, yyyy-MM-dd (in Listener:TimeZone).");
        var to = CommandParameters.Text("--to", "Only posts up to this day, included, yyyy-MM-dd.");
        var communities = new Option<string[]>("--subreddit", "--community")
        {
            Description = "Only posts of this subreddit (or community); may be given more than once.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("import", "Import archived or exported posts: tagged and stored like collected ones, updated (never duplicated) when seen again.")
        {
            source, files, network, from, to, communities,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var chosen = parseResult.GetValue(source) ?? ImportReaders.Reddit;
            var paths = parseResult.GetValue(files) ?? [];
            var networkName = parseResult.GetValue(network)?.Trim().ToLowerInvariant();
            if (ParameterReader.FirstOf(ParameterReader.Day("from", parseResult.GetValue(from), out var fromDay), ParameterReader.Day("to", parseResult.GetValue(to), out var toDay))
                is { } dayError)
            {
                return await CommandParameters.RefuseAsync(parseResult, dayError);
            }

            if (Refusal(chosen, paths, networkName, fromDay, toDay) is { } refusal)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(refusal);
                return HostedCommand.InputErrorExitCode;
            }

            return await HostedCommand.RunAsync(
                parseResult,
                environment,
                (app, output, token) => ImportAsync(
                    app, chosen, networkName, paths, fromDay, toDay, parseResult.GetValue(communities) ?? [], output,
                    parseResult.InvocationConfiguration.Error, token),
                ct);
        });
        return command;
    }

    /// <summary>Refused before the store is opened: the input cannot be imported as asked.</summary>
    private static string? Refusal(string source, string[] paths, string? network, DateOnly? from, DateOnly? to)
    {
        if (source == ImportReaders.Generic && network is null)
        {
            return "--source generic needs --network NAME: the network the exported posts come from (e.g. --network tumblr).";
        }

        if (source == ImportReaders.Reddit && network is not null)
        {
            return "--network is only for --source generic; Reddit dumps are stored as source 'reddit'.";
        }

        if (network is not null && !NetworkName().IsMatch(network))
        {
            return $"--network must be 1 to 32 lower-case letters, digits or '-', starting with a letter; got '{CommandParameters.Printable(network, 40)}'.";
        }

        if (from is { } first && to is { } last && first > last)
        {
            return $"from: must not be after to ({first:yyyy-MM-dd} > {last:yyyy-MM-dd}). (--from)";
        }

        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return $"Import file '{path}' does not exist.";
            }

            if (source == ImportReaders.Generic && !ImportReaders.IsGenericFile(path))
            {
                return $"Import file '{path}' is not {string.Join(", ", ImportReaders.GenericExtensions)} (optionally .zst): the name tells CSV from JSON Lines.";
            }
        }

        return null;
    }

    private static async Task<int> ImportAsync(
        IHost app,
        string source,
        string? network,
        string[] paths,
        DateOnly? from,
        DateOnly? to,
        string[] communities,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var pseudonymizer = app.Services.GetRequiredService<IAuthorPseudonymizer>();
        var reader = network is null ? ImportReaders.ForReddit(pseudonymizer) : ImportReaders.ForGeneric(network, pseudonymizer);
        var filter = new ImportFilter(app.Services.GetRequiredService<ListenerCalendar>(), from, to, communities);
        var request = new ImportRequest(network ?? ImportReaders.Reddit, paths, reader, filter);
        var counts = new ImportCounts(paths.Sum(p => new FileInfo(p).Length));
        var console = new ImportConsole(error);
        var time = app.Services.GetRequiredService<TimeProvider>();
        var importing = app.Services.GetRequiredService<PostImporter>().RunAsync(request, counts, console, cancellationToken);
        await ImportProgress.ShowAsync(counts, console, time, importing);
        var outcome = await importing;

        await output.WriteLineAsync(Summary(request, counts, outcome, console.Truncated));
        if (outcome.Cancelled)
        {
            await output.WriteLineAsync("Stopped early: the posts read so far are stored. Run the same import again to finish; stored posts are updated, never counted twice.");
        }

        return outcome.FailedFiles.Count > 0 ? HostedCommand.InputErrorExitCode : 0;
    }

    private static string Summary(ImportRequest request, ImportCounts counts, ImportOutcome outcome, bool truncated)
    {
        var seconds = Math.Max(outcome.Elapsed.TotalSeconds, 0.001);
        var failed = outcome.FailedFiles.Count > 0 ? $", {outcome.FailedFiles.Count} not read to the end" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"import {request.Source}: {request.Files.Count} files{failed}, {counts.Read} read, {counts.Stored} stored " +
            $"({counts.Inserted} new, {counts.Updated} updated), {counts.Gone} deleted or removed, " +
            $"{counts.Malformed} malformed{(truncated ? $" (the first {ImportConsole.MaxReportedLines} told above)" : string.Empty)}, " +
            $"{counts.Filtered} filtered out in {seconds:0.0} s = {counts.Read / seconds:0} posts/s");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex NetworkName();
}
