using System.CommandLine;
using System.Text.Json;
using HealthShire.Listener.Api;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Core.Insights;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Commands;

/// <summary><c>questions [--topic] [--source] [--community] [--medication] [--search] [--max-age-days] [--order newest|score] [--page] [--page-size] [--json]</c>.</summary>
internal static class QuestionsCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var topic = CommandParameters.Text("--topic", "Only this topic.");
        var source = CommandParameters.Text("--source", "Only this source (reddit, x, mastodon, blog).");
        var community = CommandParameters.Text("--community", "Only this community.");
        var medication = CommandParameters.Text("--medication", "Only questions naming this medication (generic or brand name: methylphenidate, Ritalin).");
        var search = CommandParameters.Text("--search", "Only questions whose title or body holds every one of these words.");
        var maxAgeDays = CommandParameters.Text("--max-age-days", "Only questions younger than this many days, 1 to 90 (default: Questions:MaxAge, 7 days).");
        var order = CommandParameters.Text("--order", "newest (default) or score.");
        var page = CommandParameters.Text("--page", "Page number, from 1.");
        var pageSize = CommandParameters.Text("--page-size", "Questions per page, 1 to 100 (default 50).");
        var json = new Option<bool>("--json") { Description = "Print the API's JSON instead of a table." };
        var command = new Command("questions", "List open questions: no replies, not a reply in a thread, not crisis, not marked, with links to the originals and the medications each names.")
        {
            topic, source, community, medication, search, maxAgeDays, order, page, pageSize, json,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var request = new PostListRequest(
                    parseResult.GetValue(topic), parseResult.GetValue(source), parseResult.GetValue(community),
                    parseResult.GetValue(maxAgeDays), parseResult.GetValue(order), parseResult.GetValue(page), parseResult.GetValue(pageSize),
                    parseResult.GetValue(medication),
                    parseResult.GetValue(search));
                var defaultMaxAge = app.Services.GetRequiredService<IOptions<QuestionsOptions>>().Value.MaxAge;
                if (!request.TryCreateQuery(defaultMaxAge, out var query, out var error))
                {
                    return await CommandParameters.RefuseAsync(parseResult, error);
                }

                var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                var result = await app.Services.GetRequiredService<IInsightsStore>().GetOpenQuestionsAsync(query, now, token);
                await output.WriteLineAsync(parseResult.GetValue(json)
                    ? JsonSerializer.Serialize(QuestionsResponse.Of(result, query), ApiJsonContext.Default.QuestionsResponse)
                    : InsightsTables.Questions(result));
                return 0;
            },
            ct));
        return command;
    }
}
