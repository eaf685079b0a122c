namespace HealthShire.Listener.Classifier;

/// <summary>The model file named by Classifier:ModelPath is missing or unreadable.</summary>
internal sealed class ClassifierModelException : Exception
{
    public ClassifierModelException(string message)
        : base(message)
    {
    }

    public ClassifierModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClassifierModelException()
    {
    }
}
