namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>A pass could not open any connection to Jetstream; the host keeps it as the source's last error.</summary>
public sealed class BlueskyUnavailableException : Exception
{
    public BlueskyUnavailableException()
    {
    }

    public BlueskyUnavailableException(string message)
        : base(message)
    {
    }

    public BlueskyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
