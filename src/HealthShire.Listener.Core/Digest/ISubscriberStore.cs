namespace HealthShire.Listener.Core.Digest;

/// <summary>The digest's subscribers. Addresses are compared without regard to case.</summary>
public interface ISubscriberStore
{
    /// <summary>Adds a subscriber, or replaces the one with the same address.</summary>
    /// <returns>True when added, false when an existing subscriber was replaced.</returns>
    Task<bool> SaveAsync(Subscriber subscriber, CancellationToken cancellationToken);

    /// <summary>Every subscriber, by address.</summary>
    Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The subscriber with that address, or null.</summary>
    Task<Subscriber?> GetAsync(string address, CancellationToken cancellationToken);

    /// <summary>Removes a subscriber; the record of what was sent to them stays.</summary>
    /// <returns>False when no subscriber has that address.</returns>
    Task<bool> RemoveAsync(string address, CancellationToken cancellationToken);
}
