using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Commands;
using HealthShire.Listener.Core.Alerts;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Alerts;

/// <summary><c>alerts add|list|remove</c>: the spike alert rules.</summary>
internal static class AlertsCommand
{
    public static Command Create(CommandEnvironment environment) =>
        new("alerts", "Manage spike alerts: e-mails or webhook calls when a topic, a medication or crisis posts in a community jump.")
        {
            CreateAdd(environment),
            CreateList(environment),
            CreateRemove(environment),
        };

    private static Command CreateAdd(CommandEnvironment environment)
    {
        var kind = new Option<string>("--kind") { Description = "topic, medication or crisis.", Required = true };
        var subject = new Option<string?>("--subject") { Description = "The topic or medication to watch (default: every one)." };
        var community = new Option<string?>("--community") { Description = "For crisis: the community to watch (default: every one)." };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Fire at or above this: the z-score for topic and medication (such as 3), for crisis the factor over the trailing weekly mean (such as 2).",
            Required = true,
        };
        var email = new Option<string?>("--email") { Description = "The address to e-mail (sent with the Digest:From and Digest:Smtp settings)." };
        var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL to POST the alert to as JSON (not for crisis)." };
        var command = new Command("add", "Add an alert rule.") { kind, subject, community, threshold, email, webhook };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var (rule, problems) = AlertRuleInput.Create(
                    parseResult.GetValue(kind),
                    parseResult.GetValue(subject),
                    parseResult.GetValue(community),
                    parseResult.GetValue(threshold),
                    parseResult.GetValue(email),
                    parseResult.GetValue(webhook));
                if (rule is null)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                    return HostedCommand.InputErrorExitCode;
                }

                var added = await app.Services.GetRequiredService<IAlertStore>().AddRuleAsync(rule, token);
                await output.WriteLineAsync($"Added {Describe(AlertsApi.View(added))}");
                if (!app.Services.GetRequiredService<IOptions<AlertsOptions>>().Value.Enabled)
                {
                    await output.WriteLineAsync($"{AlertsOptions.SectionName}:Enabled is false: the worker evaluates rules only once it is true.");
                }

                return 0;
            },
            ct));
        return command;
    }

    private static Command CreateList(CommandEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Print the API's JSON (GET /api/alerts) instead of a list." };
        var command = new Command("list", "List the alert rules and the alerts they fired.") { json };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var response = await AlertsApi.ReadAsync(
                    app.Services.GetRequiredService<IAlertStore>(),
                    app.Services.GetRequiredService<IOptions<AlertsOptions>>().Value,
                    app.Services.GetRequiredService<TimeProvider>(),
                    token);
                await output.WriteLineAsync(parseResult.GetValue(json)
                    ? JsonSerializer.Serialize(response, AlertsJsonContext.Default.AlertsResponse)
                    : Text(response));
                return 0;
            },
            ct));
        return command;
    }

    private static Command CreateRemove(CommandEnvironment environment)
    {
        var id = new Argument<long>("id") { Description = "The rule's id, as alerts list shows it." };
        var command = new Command("remove", "Remove an alert rule; it sends nothing more.") { id };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, output, token) =>
            {
                var value = parseResult.GetValue(id);
                if (!await app.Services.GetRequiredService<IAlertStore>().RemoveRuleAsync(value, token))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"No alert rule has the id {value}."));
                    return HostedCommand.InputErrorExitCode;
                }

                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Removed alert rule {value}."));
                return 0;
            },
            ct));
        return command;
    }

    private static string Text(AlertsResponse response)
    {
        if (response.Rules.Count == 0)
        {
            return "No alert rules. Add one with: alerts add --kind topic --threshold 3 --email ADDRESS";
        }

        var text = new StringBuilder();
        foreach (var rule in response.Rules)
        {
            text.AppendLine(Describe(rule));
        }

        text.AppendLine(response.Fired.Count == 0 ? "Nothing fired yet." : "Fired, newest first:");
        foreach (var fired in response.Fired)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  rule {fired.RuleId}: {fired.Kind} {CommandParameters.Printable(fired.Subject, 80)}, {fired.Period}, {fired.Value:0.0} at {fired.FiredAt:yyyy-MM-dd HH:mm} UTC");
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(AlertRuleView rule)
    {
        var subject = rule.Subject is null ? $"every {(rule.Kind == "crisis" ? "community" : rule.Kind)}" : CommandParameters.Printable(rule.Subject, 80);
        var measure = rule.Kind == "crisis" ? "factor" : "z-score";
        var targets = string.Join(", ", new[] { rule.Email, rule.Webhook }.OfType<string>());
        return string.Create(CultureInfo.InvariantCulture, $"{rule.Id}: {rule.Kind} {subject}, {measure} ≥ {rule.Threshold:0.##} → {targets}");
    }
}
