using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources;

/// <summary>
/// Checks a source module's options: the schedule every module shares, then the module's own rules. Each message names
/// the key and the bad value (never a secret).
/// </summary>
/// <param name="section">The module's section, such as <c>Sources:Reddit</c>.</param>
internal abstract class SourceOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : SourceOptions
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    protected string Section { get; } = section;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<string>();
        if (options.Interval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Interval must be more than zero; got '{options.Interval}'.");
        }
        else if (options.Interval < MinimumInterval)
        {
            failures.Add($"{Section}:Interval must be at least {MinimumInterval:c}; got '{options.Interval}'.");
        }

        Check(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Adds a message for each of the module's own rules that <paramref name="options"/> break.</summary>
    protected abstract void Check(TOptions options, List<string> failures);

    /// <summary>The HTTP settings modules share: a retry back-off of at most five minutes and a sane attempt timeout.</summary>
    protected void CheckRequestTimes(List<string> failures, TimeSpan retryDelay, TimeSpan attemptTimeout)
    {
        if (retryDelay < TimeSpan.Zero || retryDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:RetryDelay must be between 00:00:00 and 00:05:00; got '{retryDelay}'.");
        }

        if (attemptTimeout < TimeSpan.FromMilliseconds(10) || attemptTimeout > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:AttemptTimeout must be between 00:00:00.01 and 01:00:00; got '{attemptTimeout}'.");
        }
    }

    /// <summary>Adds a message when a duration that may be zero is negative.</summary>
    protected void CheckNotNegative(List<string> failures, string key, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            failures.Add($"{Section}:{key} must be zero or more; got '{value}'.");
        }
    }
}
