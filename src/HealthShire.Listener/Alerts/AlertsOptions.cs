namespace HealthShire.Listener.Alerts;

/// <summary>The <c>Alerts</c> section: how often spike alert rules are evaluated and how their webhooks are called.</summary>
internal sealed class AlertsOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Whether the worker schedules the alerts job; rules can be managed either way.</summary>
    public bool Enabled { get; set; }

    /// <summary>How often the rules are evaluated.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A secret: set it from the environment (<c>Alerts__WebhookSecret</c>), never in a file, never logged. When set,
    /// each webhook POST carries <c>X-HealthShire-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>.
    /// </summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>How long one webhook attempt may take.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first back-off between a run's webhook attempts (doubled each time, two retries); the next run retries too.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The dashboard's address, such as https://listener.clinic.example/, for the links in alert e-mails; none when empty.</summary>
    public string DashboardUrl { get; set; } = string.Empty;

    /// <summary>A delivery still recorded as in progress after this long was cut off (its process stopped) and is tried again.</summary>
    public TimeSpan AbandonedSendAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far back <c>GET /api/alerts</c> lists fired alerts.</summary>
    public TimeSpan FiredWindow { get; set; } = TimeSpan.FromDays(90);
}
