using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Jobs;

/// <summary>A check-in interval long enough not to load the database and short enough for a timely failover.</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, SchedulerOptions options) =>
        options.CheckinInterval < Shortest || options.CheckinInterval > Longest
            ? ValidateOptionsResult.Fail(
                $"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.CheckinInterval)} must be a time span from {Shortest:c} to {Longest:c}, " +
                $"such as 00:00:10; got '{options.CheckinInterval:c}'.")
            : ValidateOptionsResult.Success;
}
