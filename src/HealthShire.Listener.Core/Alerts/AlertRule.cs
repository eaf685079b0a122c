namespace HealthShire.Listener.Core.Alerts;

/// <summary>A stored alert rule (see <see cref="NewAlertRule"/> for its fields).</summary>
public sealed record AlertRule(
    long Id,
    AlertKind Kind,
    string Subject,
    double Threshold,
    string? Email,
    string? Webhook,
    DateTimeOffset CreatedAt)
{
    /// <summary>The channels the rule delivers on.</summary>
    public IEnumerable<AlertChannel> Channels
    {
        get
        {
            if (Email is not null)
            {
                yield return AlertChannel.Email;
            }

            if (Webhook is not null)
            {
                yield return AlertChannel.Webhook;
            }
        }
    }
}
