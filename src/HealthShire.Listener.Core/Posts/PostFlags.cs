namespace HealthShire.Listener.Core.Posts;

/// <summary>What the source says about a post's standing.</summary>
[Flags]
public enum PostFlags
{
    /// <summary>An ordinary visible post.</summary>
    None = 0,

    /// <summary>The author deleted it.</summary>
    Deleted = 1,

    /// <summary>Moderators or the platform removed it.</summary>
    Removed = 2,

    /// <summary>Marked adult (Reddit's over_18).</summary>
    Over18 = 4,
}
