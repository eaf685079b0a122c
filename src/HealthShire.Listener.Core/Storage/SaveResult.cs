namespace HealthShire.Listener.Core.Storage;

/// <summary>How a batch landed in the store.</summary>
/// <param name="Inserted">Posts not seen before.</param>
/// <param name="Updated">Posts seen before whose mutable fields were updated.</param>
public sealed record SaveResult(int Inserted, int Updated);
