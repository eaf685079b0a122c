using HealthShire.Listener.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Digest;

/// <summary>
/// Checks the <c>Digest</c> section; each message names the full key and the bad value, never the password. Seed
/// subscribers' sources must be registered ones.
/// </summary>
internal sealed class DigestOptionsValidator(SourceRegistry sources) : IValidateOptions<DigestOptions>
{
    private const string Section = DigestOptions.SectionName;

    private static readonly TimeSpan MinimumAbandonedSendAfter = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsValidSchedule(options.Schedule))
        {
            failures.Add($"{Section}:Schedule must be a Quartz cron expression such as '{DigestOptions.DefaultSchedule}'; got '{options.Schedule}'.");
        }

        var from = DigestMessageFactory.SenderAddress(options.From);
        if ((options.Enabled || options.From.Length > 0) && !MailAddressRules.IsValid(from))
        {
            failures.Add($"{Section}:From must be a sender address such as digest@clinic.example; got '{options.From}'.");
        }

        if (options.Enabled && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add($"{Section}:Smtp:Host must name the mail server when {Section}:Enabled is true; got '{options.Smtp.Host}'.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{Section}:Smtp:Port must be from 1 to 65535; got {options.Smtp.Port}.");
        }

        if (options.Smtp.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Smtp:Timeout must be positive; got {options.Smtp.Timeout:c}.");
        }

        // A send in progress must never look abandoned: connecting, authenticating and sending each have Smtp:Timeout.
        if (options.AbandonedSendAfter < MinimumAbandonedSendAfter || options.AbandonedSendAfter <= 4 * options.Smtp.Timeout)
        {
            failures.Add(
                $"{Section}:AbandonedSendAfter must be at least {MinimumAbandonedSendAfter:c} and more than four times {Section}:Smtp:Timeout " +
                $"({options.Smtp.Timeout:c}); got {options.AbandonedSendAfter:c}.");
        }

        if (options.QuestionsPerTopic is < 1 or > 20)
        {
            failures.Add($"{Section}:QuestionsPerTopic must be from 1 to 20; got {options.QuestionsPerTopic}.");
        }

        if (options.QuestionMaxAge <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:QuestionMaxAge must be positive; got {options.QuestionMaxAge:c}.");
        }

        for (var i = 0; i < options.Subscribers.Count; i++)
        {
            var entry = options.Subscribers[i];
            var subscriber = SubscriberRules.Create(entry.Address, entry.Name, entry.Topics, entry.Sources, entry.TimeZone, entry.Day, entry.Hour);
            var index = i;
            failures.AddRange(SubscriberRules.Problems(subscriber, field => $"{Section}:Subscribers:{index}:{field}", sources.Names));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsValidSchedule(string? schedule)
    {
        if (string.IsNullOrWhiteSpace(schedule))
        {
            return false;
        }

        try
        {
            _ = new CronExpression(schedule);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
