using HealthShire.Listener.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Digest;

/// <summary>Registers the weekly digest: options, composition, sending, and its Quartz job.</summary>
internal static class DigestBuilderExtensions
{
    /// <summary>Used when neither <c>Digest:CrisisResourcesText</c> nor <c>Crisis:ResourcesText</c> is set.</summary>
    public const string DefaultCrisisResourcesText =
        "If someone may be in immediate danger, contact local emergency services. In the US, call or text 988 " +
        "(Suicide & Crisis Lifeline); in the UK and Ireland, call Samaritans on 116 123; elsewhere, see findahelpline.com.";

    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(options.CrisisResourcesText))
                {
                    var shared = configuration["Crisis:ResourcesText"];
                    options.CrisisResourcesText = string.IsNullOrWhiteSpace(shared) ? DefaultCrisisResourcesText : shared;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        builder.Services.TryAddSingleton<DigestComposer>();
        builder.Services.TryAddSingleton<DigestSubscriberSeeder>();
        builder.Services.TryAddSingleton<DigestRunner>();
        return builder;
    }

    /// <summary>Schedules <see cref="DigestJob"/> on <c>Digest:Schedule</c> (UTC) when <c>Digest:Enabled</c> is true.</summary>
    /// <returns>The trigger's key, or null when the digest is not scheduled.</returns>
    public static TriggerKey? AddDigestJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var section = configuration.GetSection(DigestOptions.SectionName);
        if (!bool.TryParse(section[nameof(DigestOptions.Enabled)], out var enabled) || !enabled)
        {
            return null;
        }

        var schedule = section[nameof(DigestOptions.Schedule)] is { Length: > 0 } configured ? configured : DigestOptions.DefaultSchedule;
        if (!DigestOptionsValidator.IsValidSchedule(schedule))
        {
            throw new ConfigurationException(
                $"{DigestOptions.SectionName}:Schedule must be a Quartz cron expression such as '{DigestOptions.DefaultSchedule}'; got '{schedule}'.");
        }

        // The schedule is part of the name: a changed schedule is a new trigger, and the old one is stale.
        var triggerKey = new TriggerKey($"digest-cron-{schedule}", "digest");
        quartz.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).WithDescription("Sends the weekly digests that are due"));
        quartz.AddTrigger(trigger => trigger
            .ForJob(DigestJob.Key)
            .WithIdentity(triggerKey)
            // A run missed while the worker was down happens once on start; the claims make it harmless.
            .WithCronSchedule(schedule, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        return triggerKey;
    }
}
