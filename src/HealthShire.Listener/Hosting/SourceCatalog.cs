using System.Globalization;

namespace HealthShire.Listener.Hosting;

/// <summary>The sources the host knows, by stored name and configuration section.</summary>
internal static class SourceCatalog
{
    private static readonly (string Name, string Section, TimeSpan DefaultInterval)[] Known =
    [
        ("reddit", "Reddit", TimeSpan.FromMinutes(15)),
        ("x", "X", TimeSpan.FromMinutes(30)),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Known.Select(k => k.Name)];

    /// <summary>Reads every source's schedule; a bad value throws naming the key.</summary>
    public static IReadOnlyList<SourceSchedule> ReadSchedules(IConfiguration configuration)
    {
        var schedules = new List<SourceSchedule>(Known.Length);
        foreach (var (name, section, defaultInterval) in Known)
        {
            var prefix = $"Sources:{section}:";
            schedules.Add(new SourceSchedule(
                name,
                section,
                ReadBool(configuration, prefix + "Enabled", true),
                ReadInterval(configuration, prefix + "Interval", defaultInterval)));
        }

        return schedules;
    }

    private static bool ReadBool(IConfiguration configuration, string key, bool fallback)
    {
        var raw = configuration[key];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        return bool.TryParse(raw, out var value)
            ? value
            : throw new ConfigurationException($"{key} must be true or false; got '{raw}'.");
    }

    private static TimeSpan ReadInterval(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var raw = configuration[key];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!TimeSpan.TryParse(raw, CultureInfo.InvariantCulture, out var value) || value < TimeSpan.FromSeconds(1))
        {
            throw new ConfigurationException(
                $"{key} must be a positive duration such as 00:15:00 (at least one second); got '{raw}'.");
        }

        return value;
    }
}
