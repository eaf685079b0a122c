namespace HealthShire.Listener.Classifier;

/// <summary>Bad input to train, evaluate or classify: a missing file, a missing column. The message is for the user.</summary>
internal sealed class ClassifierInputException : Exception
{
    public ClassifierInputException(string message)
        : base(message)
    {
    }

    public ClassifierInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClassifierInputException()
    {
    }
}
