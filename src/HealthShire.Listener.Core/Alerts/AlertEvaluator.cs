using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Core.Alerts;

/// <summary>
/// Which rules fire: a topic or medication rule when the subject's z-score is at or above the threshold (no z-score,
/// as when every trailing week had the same count, never fires); a crisis rule when the community's crisis posts this
/// week are at least threshold times its trailing weekly mean, that mean counted as at least one post so that a quiet
/// community reads 0 → 3 as a factor of 3 rather than infinity.
/// </summary>
public static class AlertEvaluator
{
    /// <summary>The firings of <paramref name="rules"/> on the measures of each kind, in rule order.</summary>
    public static IReadOnlyList<AlertFiring> Evaluate(IEnumerable<AlertRule> rules, IReadOnlyDictionary<AlertKind, IReadOnlyList<AlertMeasure>> measures)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(measures);
        var firings = new List<AlertFiring>();
        foreach (var rule in rules)
        {
            foreach (var measure in measures.GetValueOrDefault(rule.Kind) ?? [])
            {
                if (Covers(rule, measure.Subject) && ValueOf(rule.Kind, measure) is { } value && value >= rule.Threshold)
                {
                    firings.Add(new AlertFiring(rule, measure, DigestWeek.Of(measure.WeekStart).ToString(), value));
                }
            }
        }

        return firings;
    }

    /// <summary>The figure a rule of <paramref name="kind"/> compares with its threshold, or null when there is none.</summary>
    public static double? ValueOf(AlertKind kind, AlertMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return kind == AlertKind.Crisis
            ? measure.Posts / Math.Max(measure.TrailingMean, 1)
            : measure.ZScore;
    }

    // Communities are matched without case (r/Bipolar and r/bipolar are one); topics and medications are stored lower case.
    private static bool Covers(AlertRule rule, string subject) =>
        rule.Subject.Length == 0 || string.Equals(rule.Subject, subject, StringComparison.OrdinalIgnoreCase);
}
