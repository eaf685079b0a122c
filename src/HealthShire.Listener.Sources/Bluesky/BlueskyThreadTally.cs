using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// The replies and deletions the stream showed for posts, handed to the store through the refresh that follows each
/// pass (<see cref="Core.Sources.IPostSource.RefreshAsync"/>: absolute counts, as for the other sources).
/// </summary>
/// <remarks>
/// Counts live in this process: they are exact for posts it saw created, and after a restart they count the replies
/// seen since (a reply still turns an unanswered post into an answered one; the number may read low). What a pass
/// tallied for posts that the following refresh does not name (never stored, or older than
/// <c>Sources:Bluesky:RefreshMaxAge</c>) is dropped when the next pass begins, so memory stays bounded by one pass.
/// </remarks>
internal sealed class BlueskyThreadTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _replies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostFlags> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private HashSet<string> _stored = new(StringComparer.Ordinal);

    /// <summary>Forgets what the last refresh did not confirm as stored.</summary>
    public void BeginPass()
    {
        lock (_gate)
        {
            _replies.Keys.Where(id => !_stored.Contains(id)).ToList().ForEach(id => _replies.Remove(id));
            _flags.Keys.Where(id => !_stored.Contains(id)).ToList().ForEach(id => _flags.Remove(id));
            _deleted.RemoveWhere(id => !_stored.Contains(id));
            _changed.RemoveWhere(id => !_stored.Contains(id));
        }
    }

    /// <summary>A post about to be stored, with its flags (a refresh must keep <see cref="PostFlags.Reply"/>).</summary>
    public void Created(Post post)
    {
        lock (_gate)
        {
            _flags[post.SourceId] = post.Flags;
        }
    }

    public void Replied(string parentId)
    {
        lock (_gate)
        {
            _replies[parentId] = _replies.GetValueOrDefault(parentId) + 1;
            _changed.Add(parentId);
        }
    }

    public void Deleted(string sourceId)
    {
        lock (_gate)
        {
            _deleted.Add(sourceId);
            _changed.Add(sourceId);
        }
    }

    /// <summary>The updates for the stored posts <paramref name="storedIds"/> whose replies or deletion changed since the last call.</summary>
    public IReadOnlyList<PostUpdate> TakeUpdates(IReadOnlyList<string> storedIds)
    {
        lock (_gate)
        {
            _stored = new HashSet<string>(storedIds, StringComparer.Ordinal);
            var updates = new List<PostUpdate>();
            foreach (var id in _changed.Where(_stored.Contains))
            {
                var flags = _flags.GetValueOrDefault(id) | (_deleted.Contains(id) ? PostFlags.Deleted : PostFlags.None);
                updates.Add(new PostUpdate(id, 0, _replies.GetValueOrDefault(id), flags));
            }

            _changed.ExceptWith(updates.Select(u => u.SourceId));
            return updates;
        }
    }
}
