using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Core.Storage;

/// <summary>What the store holds, for the <c>status</c> command and health checks.</summary>
public sealed record StoreStatus(IReadOnlyList<CommunityStatus> Communities, IReadOnlyList<Checkpoint> Checkpoints);
