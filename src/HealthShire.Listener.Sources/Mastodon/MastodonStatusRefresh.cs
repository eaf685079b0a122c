using System.Net;
using HealthShire.Listener.Core.Posts;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Re-reads stored statuses for their reply counts, scores and deletions: up to <c>RefreshBatchSize</c> statuses per
/// request with <c>GET /api/v1/statuses?id[]=…</c> (Mastodon 4.3 and later, public statuses need no token), one request
/// per status on an instance that answers that call with 404. Every request goes through the instance's pacer.
/// </summary>
internal sealed class MastodonStatusRefresh(MastodonClient client, MastodonInstanceFeatures features, ILogger logger)
{
    public async Task<IReadOnlyList<PostUpdate>> RunAsync(
        IReadOnlyList<(string SourceId, Uri Instance, string Id)> located,
        int batchSize,
        CancellationToken cancellationToken)
    {
        var updates = new List<PostUpdate>(located.Count);
        foreach (var onInstance in located.GroupBy(l => l.Instance))
        {
            foreach (var chunk in onInstance.Chunk(batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!features.HasMultipleStatuses(onInstance.Key) || !await ReadManyAsync(onInstance.Key, chunk, updates, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var status in chunk)
                    {
                        await ReadOneAsync(status, updates, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        return updates;
    }

    /// <summary>False when the instance has no such call: the chunk is then read one status at a time.</summary>
    private async Task<bool> ReadManyAsync(Uri instance, (string SourceId, Uri Instance, string Id)[] chunk, List<PostUpdate> updates, CancellationToken cancellationToken)
    {
        var (statuses, unavailable, failure) = await client.GetStatusesAsync(instance, [.. chunk.Select(c => c.Id)], cancellationToken).ConfigureAwait(false);
        if (statuses is null && unavailable is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            features.LacksMultipleStatuses(instance);
            MastodonLog.NoMultipleStatuses(logger, instance.Authority);
            return false;
        }

        if (statuses is null)
        {
            MastodonLog.RefreshFailed(logger, instance.Authority, failure ?? $"the answer was {(int?)unavailable}");
            return true;
        }

        var byId = new Dictionary<string, MastodonStatus>(StringComparer.Ordinal);
        foreach (var status in statuses)
        {
            if (MastodonIds.IsValid(status.Id))
            {
                byId.TryAdd(status.Id, status);
            }
        }

        foreach (var (sourceId, _, id) in chunk)
        {
            // A status left out of the answer is gone or no longer public, as a 404 for that status alone would say.
            updates.Add(byId.TryGetValue(id, out var status)
                ? MastodonStatusMapper.ToUpdate(sourceId, status)
                : new PostUpdate(sourceId, 0, 0, PostFlags.Deleted));
        }

        return true;
    }

    private async Task ReadOneAsync((string SourceId, Uri Instance, string Id) located, List<PostUpdate> updates, CancellationToken cancellationToken)
    {
        var (status, unavailable, failure) = await client.GetStatusAsync(located.Instance, located.Id, cancellationToken).ConfigureAwait(false);
        if (status is not null)
        {
            updates.Add(MastodonStatusMapper.ToUpdate(located.SourceId, status));
        }
        else if (unavailable is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            updates.Add(new PostUpdate(located.SourceId, 0, 0, PostFlags.Deleted));
        }
        else
        {
            MastodonLog.RefreshFailed(logger, located.Instance.Authority, failure ?? $"the answer was {(int?)unavailable}");
        }
    }
}
