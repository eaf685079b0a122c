namespace HealthShire.Listener.Core.Insights;

/// <summary>How a list of posts is ordered.</summary>
public enum QuestionOrder
{
    /// <summary>Newest first.</summary>
    Newest,

    /// <summary>Highest score first, then newest.</summary>
    Score,
}
