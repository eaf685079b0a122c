using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Posts;
using HealthShire.Listener.Storage.Common.Rollups;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>
/// What a batch does to one stored post, its writes folded in order into a single row update: the result equals
/// running them one by one (as the SQLite store does), and the rollup state moves along with them.
/// </summary>
internal sealed class PostgresPostChange((string Source, string SourceId) key, RollupRow? before, RollupRow state)
{
    public (string Source, string SourceId) Key => key;

    /// <summary>What the post counted for before the batch; null when the batch inserted it.</summary>
    public RollupRow? Before => before;

    /// <summary>What the post counts for after the batch.</summary>
    public RollupRow State { get; private set; } = state;

    /// <summary>Score, reply count and flags to write; null keeps the stored ones.</summary>
    public (int Score, int ReplyCount, PostFlags Flags)? Counts { get; private set; }

    /// <summary>Whether <see cref="Counts"/> add to the stored score and reply count and set flags on top of the stored ones.</summary>
    public bool Additive { get; private set; }

    /// <summary>The last-seen time moves to now.</summary>
    public bool Seen { get; private set; }

    /// <summary>The post is gone upstream: its title and body are cleared.</summary>
    public bool ClearText { get; private set; }

    /// <summary>The tags to write; null keeps the stored ones.</summary>
    public PostTags? Tags { get; private set; }

    /// <summary>Whether any write changes the stored row.</summary>
    public bool IsEmpty => Counts is null && Tags is null && !Seen && !ClearText;

    /// <summary>
    /// The post seen again: counts and last-seen time move; a post seen only as gone keeps the tags made from its
    /// original text, since the ones it arrives with say nothing.
    /// </summary>
    public void Sighted(ClassifiedPost classified)
    {
        var post = classified.Post;
        var gone = GoneFlags.IsGone(post.Flags);
        Counts = (post.Score, post.ReplyCount, post.Flags);
        Additive = false;
        Seen = true;
        ClearText |= gone;
        State = State.Sighted(classified);
        if (!gone)
        {
            Tags = classified.Tags;
        }
    }

    /// <summary>A refresh: a post the source no longer returns (flagged deleted) was not "seen", so its last-seen time stays.</summary>
    /// <remarks>An additive update folds into the counts already to be written (or adds to the stored ones) and is not a sighting.</remarks>
    public void Refreshed(PostUpdate update)
    {
        if (!update.Additive)
        {
            Counts = (update.Score, update.ReplyCount, update.Flags);
            Additive = false;
            Seen |= (update.Flags & PostFlags.Deleted) == 0;
        }
        else if (Counts is { } counts)
        {
            Counts = (counts.Score + update.Score, counts.ReplyCount + update.ReplyCount, counts.Flags | update.Flags);
        }
        else
        {
            Counts = (update.Score, update.ReplyCount, update.Flags);
            Additive = true;
        }

        ClearText |= GoneFlags.IsGone(update.Flags);
        State = State.Refreshed(update);
    }

    public void Retagged(PostTags tags)
    {
        Tags = tags;
        State = State.WithTags(tags);
    }
}
