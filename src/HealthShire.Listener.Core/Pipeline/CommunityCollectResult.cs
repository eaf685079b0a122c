namespace HealthShire.Listener.Core.Pipeline;

/// <summary>What one community's batch brought in.</summary>
/// <param name="Community">The community.</param>
/// <param name="Fetched">Posts the source returned.</param>
/// <param name="Inserted">Posts new to the store.</param>
/// <param name="Updated">Posts already stored and updated.</param>
/// <param name="CheckpointAdvanced">Whether the batch moved a checkpoint (false after a partial pass).</param>
public sealed record CommunityCollectResult(string Community, int Fetched, int Inserted, int Updated, bool CheckpointAdvanced);
