using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Api;
using HealthShire.Listener.Api.Medications;
using HealthShire.Listener.Api.Questions;
using HealthShire.Listener.Core.Insights;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Commands;

/// <summary><c>medications [--json]</c>: the twin of <c>GET /api/medications</c>.</summary>
internal static class MedicationsCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Print the API's JSON instead of a table." };
        var command = new Command(
            "medications",
            "Show each medication posts name: posts in the latest full week, the week before, the change, and its open questions.")
        {
            json,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var services = app.Services;
                var response = await MedicationsApi.ReadAsync(
                    services.GetRequiredService<IInsightsStore>(),
                    services.GetRequiredService<ListenerCalendar>(),
                    services.GetRequiredService<TimeProvider>(),
                    services.GetRequiredService<IOptions<QuestionsOptions>>().Value,
                    through: null,
                    token);
                await output.WriteLineAsync(parseResult.GetValue(json)
                    ? JsonSerializer.Serialize(response, ApiJsonContext.Default.MedicationsResponse)
                    : Table(response));
                return 0;
            },
            ct));
        return command;
    }

    private static string Table(MedicationsResponse response)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Medications named in the week of {response.WeekStart:yyyy-MM-dd} against the week before");
        if (response.Medications.Count == 0)
        {
            return text.Append("No post names a medication in these weeks.").ToString();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"MEDICATION",-22} {"POSTS",6} {"BEFORE",6} {"CHANGE",7} {"OPEN Q",6}");
        foreach (var week in response.Medications)
        {
            var change = week.WeekOverWeekChange is { } c ? (c * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"{week.Medication,-22} {week.Posts,6} {week.PreviousWeekPosts,6} {change,7} {week.OpenQuestions,6}");
        }

        return text.ToString().TrimEnd();
    }
}
