namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>
/// A number that grows whenever a write that can move the counts commits through this process,
/// so that whoever keeps answers derived from the store can tell they may be out of date.
/// </summary>
internal sealed class StoreChanges
{
    private long _version;

    public long Version => Volatile.Read(ref _version);

    /// <summary>Called after the commit: a reader that saw the old number keeps its answer for one more look at most.</summary>
    public void Note() => Interlocked.Increment(ref _version);
}
