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

    /// <summary>
    /// A reply inside a thread (a Mastodon status with <c>in_reply_to_id</c>, a Bluesky reply): counted in
    /// trends, never listed as a new question.
    /// </summary>
    Reply = 8,
}
