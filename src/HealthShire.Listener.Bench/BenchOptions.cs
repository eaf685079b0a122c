using System.CommandLine;
using System.Globalization;

namespace HealthShire.Listener.Bench;

/// <summary>The options benchmarks share the shape of.</summary>
internal static class BenchOptions
{
    /// <summary>A whole-number option with a default, refused outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static Option<int> Count(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < min || r.GetValueOrDefault<int>() > max)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}."));
            }
        });
        return option;
    }
}
