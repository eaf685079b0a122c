namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// A source could not be reached at all during a pass (after the batches it could store). The worker keeps it as the
/// source's <see cref="LastPassError"/>; <c>collect</c> prints it and goes on with the next source.
/// </summary>
public sealed class SourceUnavailableException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public SourceUnavailableException()
    {
    }

    /// <summary>Creates the exception with a one-line reason (never a secret).</summary>
    public SourceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public SourceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
