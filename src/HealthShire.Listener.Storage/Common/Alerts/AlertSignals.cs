using HealthShire.Listener.Core.Alerts;

namespace HealthShire.Listener.Storage.Common.Alerts;

/// <summary>
/// The weekly measures of medication and crisis rules: medications from their day rollups over the latest full week,
/// communities' crisis posts from the day counts over the current week; each store runs <see cref="AlertWeeks.Sql"/>.
/// </summary>
internal abstract class AlertSignals : IAlertSignals
{
    public Task<IReadOnlyList<AlertMeasure>> GetMedicationWeeksAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        ReadAsync(AlertWeeks.LatestFullWeek(today, trailingWeeks), "post_day_medication_counts", "medication", "posts", cancellationToken);

    public Task<IReadOnlyList<AlertMeasure>> GetCrisisWeeksAsync(DateOnly today, int trailingWeeks, CancellationToken cancellationToken) =>
        ReadAsync(AlertWeeks.CurrentWeek(today, trailingWeeks), "post_day_counts", "community", "crisis", cancellationToken);

    /// <summary>Runs <see cref="AlertWeeks.Sql"/> on the table, adds its rows to <paramref name="weeks"/> and measures them.</summary>
    protected abstract Task<IReadOnlyList<AlertMeasure>> ReadAsync(
        AlertWeeks weeks,
        string table,
        string subject,
        string count,
        CancellationToken cancellationToken);
}
