namespace HealthShire.Listener.Core.Insights;

/// <summary>What a provider did with an open question; a marked post leaves the open list.</summary>
public enum PostMark
{
    /// <summary>A provider answered or will answer it.</summary>
    Engaged,

    /// <summary>Not one to engage with.</summary>
    Dismissed,

    /// <summary>Back on the open list: an earlier mark is removed (an undo).</summary>
    Open,
}
