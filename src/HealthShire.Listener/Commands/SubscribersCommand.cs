using System.CommandLine;
using System.Globalization;
using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Digest;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Commands;

/// <summary><c>subscribers add|list|remove</c>: who receives the weekly digest.</summary>
internal static class SubscribersCommand
{
    public static Command Create(CommandEnvironment environment) =>
        new("subscribers", "Manage who receives the weekly digest.")
        {
            CreateAdd(environment),
            CreateList(environment),
            CreateRemove(environment),
        };

    private static Command CreateAdd(CommandEnvironment environment)
    {
        var address = new Argument<string>("address") { Description = "The e-mail address, such as ann@clinic.example." };
        var name = new Option<string?>("--name") { Description = "The name used in the greeting." };
        var topics = new Option<string[]>("--topic") { Description = $"A topic to cover (repeatable; default every topic): {string.Join(", ", Topics.All)}.", AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--source") { Description = "A source to cover (repeatable; default every source): one of the registered sources that status lists.", AllowMultipleArgumentsPerToken = true };
        var timeZone = new Option<string>("--time-zone") { Description = "The time zone the day and hour are read in, such as Europe/London.", DefaultValueFactory = _ => "UTC" };
        var day = new Option<DayOfWeek>("--day") { Description = "The day of the week the digest is sent.", DefaultValueFactory = _ => DayOfWeek.Monday };
        var hour = new Option<int>("--hour") { Description = "The hour of that day (0-23) from which it is sent.", DefaultValueFactory = _ => 8 };
        var command = new Command("add", "Add a subscriber, or change the one with that address.") { address, name, topics, sources, timeZone, day, hour };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var subscriber = SubscriberRules.Create(
                    parseResult.GetRequiredValue(address),
                    parseResult.GetValue(name),
                    parseResult.GetValue(topics) ?? [],
                    parseResult.GetValue(sources) ?? [],
                    parseResult.GetRequiredValue(timeZone),
                    parseResult.GetValue(day),
                    parseResult.GetValue(hour));
                var problems = SubscriberRules.Problems(subscriber, field => ArgumentNames[field], app.Services.GetRequiredService<SourceRegistry>().Names).ToList();
                if (problems.Count > 0)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                    return 1;
                }

                var added = await app.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, token);
                await output.WriteLineAsync($"{(added ? "Added" : "Updated")} {Describe(subscriber)}");
                return 0;
            },
            ct));
        return command;
    }

    private static Command CreateList(CommandEnvironment environment)
    {
        var command = new Command("list", "List the subscribers and whether this week's digest went out.");
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                await app.Services.GetRequiredService<DigestSubscriberSeeder>().SeedAsync(token);
                var ledger = app.Services.GetRequiredService<IDigestLedger>();
                var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                var subscribers = await app.Services.GetRequiredService<ISubscriberStore>().ListAsync(token);
                if (subscribers.Count == 0)
                {
                    await output.WriteLineAsync("No subscribers. Add one with: subscribers add ADDRESS");
                }

                foreach (var subscriber in subscribers)
                {
                    var week = DigestSchedule.WeekOf(subscriber, now);
                    var send = await ledger.GetAsync(subscriber.Address, week, token);
                    var state = send is null ? "not sent" : send.State.ToString().ToLowerInvariant();
                    await output.WriteLineAsync($"{Describe(subscriber)}; {week}: {state}");
                }

                return 0;
            },
            ct));
        return command;
    }

    private static Command CreateRemove(CommandEnvironment environment)
    {
        var address = new Argument<string>("address") { Description = "The address to remove." };
        var command = new Command("remove", "Remove a subscriber; no further digests are sent to them.") { address };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var value = parseResult.GetRequiredValue(address).Trim();
                if (!await app.Services.GetRequiredService<ISubscriberStore>().RemoveAsync(value, token))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No subscriber has the address {value}.");
                    return 1;
                }

                await output.WriteLineAsync($"Removed {value}.");
                if (app.Services.GetRequiredService<DigestSubscriberSeeder>().IsConfigured(value))
                {
                    await output.WriteLineAsync($"It is also listed in {DigestOptions.SectionName}:Subscribers and comes back at the next digest run until removed there.");
                }

                return 0;
            },
            ct));
        return command;
    }

    private static readonly Dictionary<string, string> ArgumentNames = new(StringComparer.Ordinal)
    {
        ["Address"] = "ADDRESS",
        ["Name"] = "--name",
        ["Topics"] = "--topic",
        ["Sources"] = "--source",
        ["TimeZone"] = "--time-zone",
        ["Day"] = "--day",
        ["Hour"] = "--hour",
    };

    private static string Describe(Subscriber s) => string.Create(
        CultureInfo.InvariantCulture,
        $"{s.Address}{(s.DisplayName.Length > 0 ? $" ({s.DisplayName})" : string.Empty)}: " +
        $"topics {All(s.Topics)}, sources {All(s.Sources)}, {s.SendDay} {s.SendHour:00}:00 {s.TimeZoneId}");

    private static string All(IReadOnlyList<string> names) => names.Count == 0 ? "all" : string.Join(",", names);
}
