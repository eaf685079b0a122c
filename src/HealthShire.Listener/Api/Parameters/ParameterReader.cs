using System.Globalization;
using HealthShire.Listener.Api.Communities;
using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>Reads raw parameter text the same way for the HTTP API and the command line.</summary>
internal static class ParameterReader
{
    private const int MaxEchoLength = 40;

    /// <summary>The earliest date a date parameter accepts: no post is older.</summary>
    public static readonly DateOnly FirstDay = new(2000, 1, 1);

    /// <summary>The latest date a date parameter accepts, far enough ahead that day and week arithmetic never overflows.</summary>
    public static readonly DateOnly LastDay = new(2099, 12, 31);

    public static ParameterError? Topic(string? raw, out string? topic)
    {
        topic = Blank(raw) ? null : raw!.Trim();
        return topic is null || Topics.All.Contains(topic)
            ? null
            : new ParameterError("topic", $"must be one of {string.Join(", ", Topics.All)}; got '{Echo(raw)}'.");
    }

    /// <summary>A medication by generic name, brand or common misspelling, as its generic name.</summary>
    public static ParameterError? Medication(string? raw, out string? medication)
    {
        medication = null;
        return Blank(raw) || MedicationLexicon.TryNormalise(raw, out medication)
            ? null
            : new ParameterError("medication", $"must be a known medication, by generic or brand name (sertraline, Zoloft); got '{Echo(raw)}'.");
    }

    /// <summary>A community as people write it: "r/bipolar", "/r/bipolar" and "#depression" name "bipolar" and "depression".</summary>
    public static ParameterError? Community(string? raw, out string? community)
    {
        var error = Text("community", raw, out community);
        if (error is null && community is not null)
        {
            community = CommunityMatch.Normalise(community);
            if (community.Length == 0)
            {
                error = new ParameterError("community", $"must name a community (r/name, #tag or the name); got '{Echo(raw)}'.");
            }
        }

        return error;
    }

    public static ParameterError? Text(string name, string? raw, out string? value)
    {
        value = Blank(raw) ? null : raw!.Trim();
        return value is null || value.Length <= 100 ? null : new ParameterError(name, "must be at most 100 characters.");
    }

    /// <summary>Search text: words matched in title and body (never read as query syntax), at most 100 characters.</summary>
    public static ParameterError? Search(string name, string? raw, out string? text)
    {
        var error = Text(name, raw, out text);
        if (error is null && text is not null && !text.Any(char.IsLetterOrDigit))
        {
            error = new ParameterError(name, $"must hold at least one word (letters or digits); got '{Echo(raw)}'.");
        }

        return error;
    }

    public static ParameterError? Day(string name, string? raw, out DateOnly? day)
    {
        day = null;
        if (Blank(raw))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(raw!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return new ParameterError(name, $"must be a date written yyyy-MM-dd; got '{Echo(raw)}'.");
        }

        if (parsed < FirstDay || parsed > LastDay)
        {
            return new ParameterError(name, $"must be a date from {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}; got '{Echo(raw)}'.");
        }

        day = parsed;
        return null;
    }

    public static ParameterError? Number(string name, string? raw, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (Blank(raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max
            ? null
            : new ParameterError(name, $"must be a whole number from {min} to {max}; got '{Echo(raw)}'.");
    }

    public static ParameterError? Flag(string name, string? raw, out bool value)
    {
        value = false;
        return Blank(raw) || bool.TryParse(raw, out value)
            ? null
            : new ParameterError(name, $"must be true or false; got '{Echo(raw)}'.");
    }

    /// <summary>One of a few lower-case words; the first is the default.</summary>
    public static ParameterError? Choice(string name, string? raw, IReadOnlyList<string> choices, out string value)
    {
        value = Blank(raw) ? choices[0] : raw!.Trim().ToLowerInvariant();
        return choices.Contains(value)
            ? null
            : new ParameterError(name, $"must be {string.Join(" or ", choices)}; got '{Echo(raw)}'.");
    }

    /// <summary>The first error, in parameter order; every reader has run, so every value is assigned.</summary>
    public static ParameterError? FirstOf(params ReadOnlySpan<ParameterError?> errors)
    {
        foreach (var error in errors)
        {
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static bool Blank(string? raw) => string.IsNullOrWhiteSpace(raw);

    // Parameters are echoed so the caller sees the bad value, shortened so a problem body stays small.
    private static string Echo(string? raw) =>
        raw is null ? string.Empty : raw.Length <= MaxEchoLength ? raw : raw[..MaxEchoLength] + "…";
}
