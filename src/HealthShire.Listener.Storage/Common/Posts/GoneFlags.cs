using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>The flags that mean a post is gone upstream (deleted or removed): its text must go too, on every store.</summary>
internal static class GoneFlags
{
    /// <summary>The bits of <c>posts.flags</c> that mean gone, for SQL that tests them.</summary>
    public const int Mask = (int)(PostFlags.Deleted | PostFlags.Removed);

    public static bool IsGone(PostFlags flags) => ((int)flags & Mask) != 0;
}
