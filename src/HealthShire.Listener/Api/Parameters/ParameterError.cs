namespace HealthShire.Listener.Api.Parameters;

/// <summary>Why a query parameter (or its command-line twin) was refused; the message omits the name.</summary>
internal sealed record ParameterError(string Parameter, string Message)
{
    /// <summary>The text the API and the command line both show: <c>maxAgeDays: must be …</c>.</summary>
    public override string ToString() => $"{Parameter}: {Message}";
}
