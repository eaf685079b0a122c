namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>A Jetstream post commit as the source reads it; did and rkey are checked for <see cref="BlueskyCommitKind.Created"/> and <see cref="BlueskyCommitKind.Deleted"/>.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Did">The author's did.</param>
/// <param name="Rkey">The post's record key.</param>
/// <param name="Text">The post's plain text (created posts only).</param>
/// <param name="IsReply">Whether the post answers another (<c>record.reply</c> is set).</param>
/// <param name="ParentId">The AT URI of the post it replies to, when that is a valid post URI.</param>
/// <param name="SkipReason">Why an <see cref="BlueskyCommitKind.Invalid"/> commit cannot be used.</param>
internal sealed record BlueskyCommit(BlueskyCommitKind Kind, string Did, string Rkey, string Text, bool IsReply, string? ParentId, string SkipReason)
{
    public static readonly BlueskyCommit Ignored = new(BlueskyCommitKind.Ignored, "", "", "", false, null, "");

    /// <summary>The post's AT URI, its stored source id.</summary>
    public string SourceId => BlueskyAtUri.Of(Did, Rkey);

    public static BlueskyCommit Invalid(string reason) => new(BlueskyCommitKind.Invalid, "", "", "", false, null, reason);
}
