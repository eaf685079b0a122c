namespace HealthShire.Listener.Core.Alerts;

/// <summary>How a fired alert is delivered; each channel of a rule is sent, recorded and retried on its own.</summary>
public enum AlertChannel
{
    /// <summary>One e-mail to the rule's address.</summary>
    Email,

    /// <summary>One JSON POST to the rule's webhook.</summary>
    Webhook,
}
