using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Alerts;

/// <summary>Checks the <c>Alerts</c> section; each message names the full key and the bad value, never the secret.</summary>
internal sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    private const string Section = AlertsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Section}:Interval must be at least 00:01:00; got {options.Interval:c}.");
        }

        if (options.WebhookTimeout < TimeSpan.FromSeconds(1) || options.WebhookTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:WebhookTimeout must be from 00:00:01 to 00:05:00; got {options.WebhookTimeout:c}.");
        }

        if (options.WebhookRetryDelay < TimeSpan.Zero || options.WebhookRetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Section}:WebhookRetryDelay must be from 00:00:00 to 00:01:00; got {options.WebhookRetryDelay:c}.");
        }

        if (options.DashboardUrl.Length > 0 && !AlertRuleInput.IsHttpUrl(options.DashboardUrl))
        {
            failures.Add($"{Section}:DashboardUrl must be an absolute http(s) address such as https://listener.clinic.example/; got '{options.DashboardUrl}'.");
        }

        if (options.AbandonedSendAfter < TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:AbandonedSendAfter must be at least 00:05:00; got {options.AbandonedSendAfter:c}.");
        }

        if (options.FiredWindow < TimeSpan.FromDays(1) || options.FiredWindow > TimeSpan.FromDays(366))
        {
            failures.Add($"{Section}:FiredWindow must be from 1.00:00:00 to 366.00:00:00; got {options.FiredWindow:c}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
