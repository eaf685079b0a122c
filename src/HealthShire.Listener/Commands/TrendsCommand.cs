using System.CommandLine;
using System.Text.Json;
using HealthShire.Listener.Api;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Api.Trends;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Commands;

/// <summary><c>trends [--topic] [--source] [--community] [--medication] [--from] [--to] [--interval day|week] [--group-by topic|source|community] [--rising] [--json]</c>.</summary>
internal static class TrendsCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var topic = CommandParameters.Text("--topic", "Only this topic.");
        var source = CommandParameters.Text("--source", "Only this source (reddit, x, mastodon, blog).");
        var community = CommandParameters.Text("--community", "Only this community (a subreddit, an X query name).");
        var medication = CommandParameters.Text("--medication", "Only posts naming this medication (generic or brand name: sertraline, Zoloft).");
        var from = CommandParameters.Text("--from", "First day, yyyy-MM-dd (default: the Monday eleven weeks before --to).");
        var to = CommandParameters.Text("--to", "Last day, yyyy-MM-dd (default: today).");
        var interval = CommandParameters.Text("--interval", "week (default) or day.");
        var groupBy = CommandParameters.Text("--group-by", "topic (default), source or community: what each series counts.");
        var rising = new Option<bool>("--rising") { Description = "Show rising topics: the latest full week against the 8 weeks before." };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON instead of a table." };
        var command = new Command("trends", "Show posts, questions and crisis counts per topic over time, or the rising topics.")
        {
            topic, source, community, medication, from, to, interval, groupBy, rising, json,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var store = app.Services.GetRequiredService<IInsightsStore>();
                var today = app.Services.GetRequiredService<ListenerCalendar>().Today(app.Services.GetRequiredService<TimeProvider>());
                if (parseResult.GetValue(rising))
                {
                    var topics = await store.GetRisingTopicsAsync(today, TrendsApi.TrailingWeeks, token);
                    var body = new RisingResponse(TrendsApi.TrailingWeeks, topics);
                    await output.WriteLineAsync(parseResult.GetValue(json)
                        ? JsonSerializer.Serialize(body, ApiJsonContext.Default.RisingResponse)
                        : InsightsTables.Rising(topics));
                    return 0;
                }

                var request = new TrendsRequest(
                    parseResult.GetValue(topic), parseResult.GetValue(source), parseResult.GetValue(community),
                    parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(interval),
                    parseResult.GetValue(medication),
                    parseResult.GetValue(groupBy));
                if (!request.TryCreateQuery(today, out var query, out var error))
                {
                    return await CommandParameters.RefuseAsync(parseResult, error);
                }

                var series = await store.GetTrendsAsync(query, token);
                var calendar = app.Services.GetRequiredService<ListenerCalendar>();
                var response = TrendsResponse.Of(query, series, calendar, today);
                await output.WriteLineAsync(parseResult.GetValue(json)
                    ? JsonSerializer.Serialize(response, ApiJsonContext.Default.TrendsResponse)
                    : InsightsTables.Trends(response, query.Topic is not null && query.GroupBy == TrendGroup.Topic, query.Medication));
                return 0;
            },
            ct));
        return command;
    }
}
