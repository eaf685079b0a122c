using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>Checks <see cref="BlueskyOptions"/>; every message names the configuration key and the bad value.</summary>
internal sealed partial class BlueskyOptionsValidator() : SourceOptionsValidator<BlueskyOptions>(BlueskyOptions.SectionName)
{
    private const string Key = BlueskyOptions.SectionName;

    protected override void Check(BlueskyOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.JetstreamUrl, UriKind.Absolute, out var url) || url.Scheme is not ("ws" or "wss"))
        {
            failures.Add($"{Key}:JetstreamUrl must be an absolute ws or wss URL, not '{options.JetstreamUrl}'.");
        }

        if (JetstreamProtocols.Find(options.Protocol) is null)
        {
            failures.Add($"{Key}:Protocol must be '{JetstreamProtocols.V1}', not '{options.Protocol}'.");
        }

        CheckRange(failures, "PassDuration", options.PassDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        CheckRange(failures, "ReplayWindow", options.ReplayWindow, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        CheckRange(failures, "FirstPassBackfill", options.FirstPassBackfill, TimeSpan.Zero, options.ReplayWindow);
        CheckRange(failures, "FlushInterval", options.FlushInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        CheckRange(failures, "ReconnectDelay", options.ReconnectDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        CheckRange(failures, "RefreshMaxAge", options.RefreshMaxAge, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"{Key}:BatchSize must be between 1 and 10000, not '{options.BatchSize}'.");
        }

        if (options.Enabled && options.Terms.Count == 0)
        {
            failures.Add($"{Key}:Terms must hold at least one term group while {Key}:Enabled is true (the stream is filtered on our side).");
        }

        CheckGroups(failures, options.Terms);
    }

    private static void CheckRange(List<string> failures, string property, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Key}:{property} must be between {min:c} and {max:c}, not '{value}'.");
        }
    }

    private static void CheckGroups(List<string> failures, IList<BlueskyTermGroup> groups)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var prefix = $"{Key}:Terms:{i}";
            if (!GroupName().IsMatch(group.Name) || group.Name == BlueskyPostSource.StreamCommunity)
            {
                failures.Add($"{prefix}:Name must be 1-40 lower-case letters, digits, '_' or '-' (and not '{BlueskyPostSource.StreamCommunity}'), not '{group.Name}'.");
            }
            else if (!names.Add(group.Name))
            {
                failures.Add($"{prefix}:Name '{group.Name}' is used twice.");
            }

            if (group.Terms.All(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{prefix}:Terms must hold at least one term.");
            }

            for (var j = 0; j < group.Terms.Count; j++)
            {
                if (group.Terms[j].Trim().Length > 100)
                {
                    failures.Add($"{prefix}:Terms:{j} must be at most 100 characters, not '{group.Terms[j]}'.");
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9_][a-z0-9_-]{0,39}$")]
    private static partial Regex GroupName();
}
