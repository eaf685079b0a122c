namespace HealthShire.Listener.Sources.Import;

/// <summary>A whole import file cannot be read as its format (a required CSV column is missing): its message names what is wrong.</summary>
internal sealed class ImportFormatException : Exception
{
    public ImportFormatException()
    {
    }

    public ImportFormatException(string message)
        : base(message)
    {
    }

    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
