using System.Net;
using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>Collects the configured hashtags' public timelines on each configured instance, and re-reads recent statuses.</summary>
internal sealed class MastodonPostSource(
    MastodonClient client,
    MastodonStatusLocations locations,
    MastodonInstanceFeatures features,
    IAuthorPseudonymizer pseudonymizer,
    IOptions<MastodonOptions> options,
    TimeProvider timeProvider,
    ILogger<MastodonPostSource> logger) : IPostSource
{
    public string Name => MastodonStatusMapper.SourceName;

    public TimeSpan RefreshMaxAge => options.Value.RefreshMaxAge;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One status under two tags or on two instances is one post: the first batch that meets it carries it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instanceOptions in options.Value.Instances)
        {
            var instance = instanceOptions.BaseUri;
            foreach (var tag in instanceOptions.Tags.Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = MastodonCheckpoint.KeyFor(instance, tag);
                var stored = checkpoints.TryGetValue(key, out var checkpoint) ? MastodonCheckpoint.TryParse(checkpoint.Value) : null;
                var pass = new MastodonTagPass(client, pseudonymizer, locations, logger, instance, tag, stored, options.Value, seen);
                var result = await pass.RunAsync(cancellationToken).ConfigureAwait(false);
                if (result.Unavailable)
                {
                    continue;
                }

                IReadOnlyList<Checkpoint> advanced = result.NewestId is { } newest
                    ? [new Checkpoint(Name, key, newest, timeProvider.GetUtcNow())]
                    : [];
                yield return new SourceBatch(tag, result.Posts, advanced);
            }
        }
    }

    public async Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        var instances = options.Value.Instances.Select(i => i.BaseUri).ToList();
        var located = new List<(string SourceId, Uri Instance, string Id)>(sourceIds.Count);
        var unlocated = 0;
        foreach (var sourceId in sourceIds.Distinct(StringComparer.Ordinal))
        {
            if (MastodonSourceId.TryGetUri(sourceId) is { } uri && locations.Find(uri, instances) is { } location)
            {
                located.Add((sourceId, location.Instance, location.Id));
            }
            else
            {
                unlocated++;
            }
        }

        if (unlocated > 0)
        {
            MastodonLog.RefreshUnlocated(logger, unlocated);
        }

        return await new MastodonStatusRefresh(client, features, logger).RunAsync(located, options.Value.RefreshBatchSize, cancellationToken)
            .ConfigureAwait(false);
    }
}
