using System.CommandLine;
using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>digest --preview [--subscriber ADDRESS] --out FILE.html</c> renders without sending;
/// <c>digest --send-now [--subscriber ADDRESS] [--force]</c> sends now, once per week unless forced.
/// </summary>
internal static class DigestCommand
{
    private static readonly Subscriber PreviewReader = new("preview@example.invalid", string.Empty, [], [], "UTC", DayOfWeek.Monday, 8);

    public static Command Create(CommandEnvironment environment)
    {
        var preview = new Option<bool>("--preview") { Description = "Render a digest to a file without sending it." };
        var sendNow = new Option<bool>("--send-now") { Description = "Send the digests now instead of waiting for the send day and hour." };
        var subscriber = new Option<string?>("--subscriber") { Description = "Only this subscriber (a preview without it covers every topic and source)." };
        var output = new Option<FileInfo?>("--out") { Description = "The HTML file a preview is written to." };
        var force = new Option<bool>("--force") { Description = "Send even if this week's digest was already sent." };
        var command = new Command("digest", "Preview or send the weekly digest.") { preview, sendNow, subscriber, output, force };
        command.Validators.Add(result =>
        {
            var isPreview = result.GetValue(preview);
            var isSend = result.GetValue(sendNow);
            if (isPreview == isSend)
            {
                result.AddError("Give exactly one of --preview or --send-now.");
            }
            else if (isPreview && result.GetValue(output) is null)
            {
                result.AddError("--preview needs --out FILE.html.");
            }
            else if (isPreview && result.GetValue(force))
            {
                result.AddError("--force only applies to --send-now.");
            }
        });
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                var address = parseResult.GetValue(subscriber)?.Trim();
                Subscriber? chosen = null;
                if (address is not null && (chosen = await FindAsync(app, address, token)) is null)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No subscriber has the address {address}.");
                    return 1;
                }

                if (parseResult.GetValue(preview))
                {
                    // The validator above has made sure --out is there.
                    return parseResult.GetValue(output) is { } file ? await PreviewAsync(app, chosen ?? PreviewReader, file, writer, token) : 1;
                }

                return await SendAsync(app, new DigestRunRequest(address, IgnoreSchedule: true, parseResult.GetValue(force)), writer, token);
            },
            ct));
        return command;
    }

    private static async Task<Subscriber?> FindAsync(IHost app, string address, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<DigestSubscriberSeeder>().SeedAsync(cancellationToken);
        return await app.Services.GetRequiredService<ISubscriberStore>().GetAsync(address, cancellationToken);
    }

    private static async Task<int> PreviewAsync(IHost app, Subscriber subscriber, FileInfo file, TextWriter output, CancellationToken cancellationToken)
    {
        var content = await app.Services.GetRequiredService<DigestComposer>().ComposeAsync(subscriber, cancellationToken);
        file.Directory?.Create();
        await File.WriteAllTextAsync(file.FullName, DigestHtmlRenderer.Render(content), cancellationToken);
        await output.WriteLineAsync($"Wrote the digest for {subscriber.Address} ({DigestFormat.Range(content.WeekStart, content.WeekEnd)}) to {file.FullName}");
        return 0;
    }

    private static async Task<int> SendAsync(IHost app, DigestRunRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var results = await app.Services.GetRequiredService<DigestRunner>().RunAsync(request, cancellationToken);
        if (results.Count == 0)
        {
            await output.WriteLineAsync("No subscribers. Add one with: subscribers add ADDRESS");
        }

        foreach (var result in results)
        {
            var said = result.Outcome switch
            {
                DigestOutcome.Sent => "sent",
                DigestOutcome.AlreadySent => "already sent this week (use --force to send again)",
                DigestOutcome.NotDue => "not due",
                _ => "failed: " + result.Error,
            };
            await output.WriteLineAsync($"{result.Address} {result.Week}: {said}");
        }

        return results.Any(r => r.Outcome == DigestOutcome.Failed) ? 1 : 0;
    }
}
