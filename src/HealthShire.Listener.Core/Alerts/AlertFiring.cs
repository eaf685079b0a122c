namespace HealthShire.Listener.Core.Alerts;

/// <summary>A rule whose threshold a subject crossed in a week: what is delivered, once per channel.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Measure">The subject's week.</param>
/// <param name="Period">The ISO week of the measure, <c>2026-W46</c>: the unit an alert goes out once per.</param>
/// <param name="Value">The z-score or factor that crossed the threshold.</param>
public sealed record AlertFiring(AlertRule Rule, AlertMeasure Measure, string Period, double Value)
{
    /// <summary>The key of one delivery of this firing.</summary>
    public AlertSendKey KeyFor(AlertChannel channel) => new(Rule.Id, Measure.Subject, Period, channel);
}
