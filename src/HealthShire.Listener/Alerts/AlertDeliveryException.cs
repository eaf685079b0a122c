namespace HealthShire.Listener.Alerts;

/// <summary>A delivery the receiver refused (a webhook answering other than 2xx); the next run retries it.</summary>
internal sealed class AlertDeliveryException : Exception
{
    public AlertDeliveryException()
    {
    }

    public AlertDeliveryException(string message)
        : base(message)
    {
    }

    public AlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
