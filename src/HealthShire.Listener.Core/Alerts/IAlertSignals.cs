namespace HealthShire.Listener.Core.Alerts;

/// <summary>The weekly measures that medication and crisis rules are evaluated on, read from the day rollups.</summary>
public interface IAlertSignals
{
    /// <summary>
    /// Each medication's latest full week (the week before the one containing <paramref name="today"/>) against the
    /// <paramref name="trailingWeeks"/> weeks before it, as <c>GetRisingTopicsAsync</c> measures topics.
    /// </summary>
    Task<IReadOnlyList<AlertMeasure>> GetMedicationWeeksAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken);

    /// <summary>
    /// Each community's crisis posts in the week containing <paramref name="today"/> (so far) against the
    /// <paramref name="trailingWeeks"/> full weeks before it.
    /// </summary>
    Task<IReadOnlyList<AlertMeasure>> GetCrisisWeeksAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken);
}
