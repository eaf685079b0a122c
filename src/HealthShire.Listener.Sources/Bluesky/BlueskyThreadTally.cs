using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// The replies and deletions one pass saw in the stream, handed to the store by the refresh that follows the pass
/// (<see cref="Core.Sources.IPostSource.RefreshAsync"/>) as additive updates: the replies add to the stored count, a
/// deletion sets <see cref="PostFlags.Deleted"/> on top of the stored flags.
/// </summary>
/// <remarks>
/// Only posts that refresh names (stored, younger than <c>Sources:Bluesky:RefreshMaxAge</c>) are updated; the rest is
/// dropped, so memory stays bounded by one pass. The tally is written in its own transaction after the pass's
/// batches: a pass stopped between the two (shutdown, crash) loses that pass's replies and deletions, never counts
/// them twice.
/// </remarks>
internal sealed class BlueskyThreadTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _replies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);

    /// <summary>Forgets what an earlier pass tallied and no refresh took.</summary>
    public void BeginPass()
    {
        lock (_gate)
        {
            _replies.Clear();
            _deleted.Clear();
        }
    }

    public void Replied(string parentId)
    {
        lock (_gate)
        {
            _replies[parentId] = _replies.GetValueOrDefault(parentId) + 1;
        }
    }

    public void Deleted(string sourceId)
    {
        lock (_gate)
        {
            _deleted.Add(sourceId);
        }
    }

    /// <summary>The additive updates of the stored posts <paramref name="storedIds"/>; the tally is empty afterwards.</summary>
    public IReadOnlyList<PostUpdate> TakeUpdates(IReadOnlyList<string> storedIds)
    {
        lock (_gate)
        {
            var updates = new List<PostUpdate>();
            foreach (var id in storedIds.Distinct(StringComparer.Ordinal))
            {
                var replies = _replies.GetValueOrDefault(id);
                var deleted = _deleted.Contains(id);
                if (replies > 0 || deleted)
                {
                    updates.Add(new PostUpdate(id, 0, replies, deleted ? PostFlags.Deleted : PostFlags.None, Additive: true));
                }
            }

            _replies.Clear();
            _deleted.Clear();
            return updates;
        }
    }
}
