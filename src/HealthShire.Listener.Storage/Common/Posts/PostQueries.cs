using System.Data.Common;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Storage.Common.Rows;

namespace HealthShire.Listener.Storage.Common.Posts;

/// <summary>
/// The post store's reads. What the answers are made of is the same on every store; each store says only how its
/// rows are selected (the SQL dialects differ).
/// </summary>
internal abstract class PostQueries
{
    /// <summary>The start of <see cref="ReadPostTextsAsync"/>'s query, which each store ends with its own range and order.</summary>
    protected const string TextsSql =
        $"SELECT {PostRows.TextColumns} FROM posts WHERE (title <> '' OR body <> '')";

    public async Task<IReadOnlyDictionary<string, Checkpoint>> GetCheckpointsAsync(string source, CancellationToken cancellationToken)
    {
        var checkpoints = await ReadCheckpointsAsync(source, cancellationToken);
        return checkpoints.ToDictionary(checkpoint => checkpoint.Key, StringComparer.Ordinal);
    }

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        new(await ReadCommunitiesAsync(cancellationToken), await ReadCheckpointsAsync(null, cancellationToken));

    /// <summary>Opens a connection and runs <c>SELECT 1</c>.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1;";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The ids of the posts of <paramref name="source"/> created after the instant and not gone, newest first.</summary>
    public abstract Task<IReadOnlyList<string>> GetRefreshCandidatesAsync(string source, DateTimeOffset createdAfter, CancellationToken cancellationToken);

    /// <summary>The posts that still have text, optionally only those created since the instant, in id order.</summary>
    public abstract IAsyncEnumerable<StoredPostText> ReadPostTextsAsync(DateTimeOffset? createdSince, CancellationToken cancellationToken);

    /// <summary>An open connection to the store's database.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Post counts and newest post per source and community, in code point order.</summary>
    protected abstract Task<List<CommunityStatus>> ReadCommunitiesAsync(CancellationToken cancellationToken);

    /// <summary>The checkpoints of one source, or of all when <paramref name="source"/> is null, in code point order.</summary>
    protected abstract Task<List<Checkpoint>> ReadCheckpointsAsync(string? source, CancellationToken cancellationToken);
}
