namespace HealthShire.Listener.Core.Sources;

/// <summary>
/// A source read from a stream that the worker holds open for as long as it runs, instead of one bounded pass per
/// trigger (<see cref="IPostSource.FetchAsync"/> stays the bounded pass, for <c>collect --once</c>).
/// </summary>
public interface IHeldPostSource : IPostSource
{
    /// <summary>
    /// Reads the stream from the given checkpoints until <paramref name="cancellationToken"/> is cancelled, reconnecting by
    /// itself: each batch with the checkpoints it reaches (to store in one transaction), and each connection trouble as it
    /// happens. On cancellation it hands over what it still holds as a last batch, then ends without throwing.
    /// </summary>
    /// <param name="checkpoints">This source's stored checkpoints by key.</param>
    /// <param name="cancellationToken">Ends the stream (shutdown).</param>
    IAsyncEnumerable<HeldSourceUpdate> HoldAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        CancellationToken cancellationToken);
}
