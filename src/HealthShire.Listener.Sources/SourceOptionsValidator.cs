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
}
