using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Reads one hashtag timeline on one instance. Without a checkpoint it reads back from the newest status, following
/// the <c>Link</c> header's <c>max_id</c>, for a bounded number of pages. With one it reads forward from the stored id
/// with <c>min_id</c> (each page the statuses just newer than the last) until it has caught up, so nothing between
/// two passes is skipped; a pass that hits the page limit leaves the rest to the next pass.
/// </summary>
internal sealed class MastodonTagPass(
    MastodonClient client,
    IAuthorPseudonymizer pseudonymizer,
    MastodonStatusLocations locations,
    ILogger logger,
    Uri instance,
    string tag,
    string? storedId,
    MastodonOptions options,
    ISet<string> seen)
{
    private readonly List<Post> _posts = [];
    private string? _newest;

    public async Task<MastodonTagPassResult> RunAsync(CancellationToken cancellationToken)
    {
        var host = instance.Authority;
        string? minId = storedId;
        string? maxId = null;
        for (var pages = 1; ; pages++)
        {
            var result = await client.GetTagTimelineAsync(instance, tag, minId, maxId, options.PageSize, cancellationToken)
                .ConfigureAwait(false);
            if (result.IsUnavailable)
            {
                MastodonLog.TagUnavailable(logger, tag, host, (int)result.UnavailableStatus.Value);
                return new MastodonTagPassResult([], null, Unavailable: true);
            }

            if (!result.IsSuccess)
            {
                MastodonLog.TagFailed(logger, tag, host, _posts.Count, result.FailureReason ?? "the request failed");
                return new MastodonTagPassResult(_posts, null, Unavailable: false);
            }

            var page = result.Page;
            if (page.Malformed > 0)
            {
                MastodonLog.EntriesMalformed(logger, tag, host, page.Malformed);
            }

            var pageNewest = Take(page.Statuses);
            var stop = storedId is null ? Backward(page, ref maxId) : Forward(page, pageNewest, ref minId);
            if (stop is null && pages >= options.MaxPages)
            {
                stop = storedId is null
                    ? $"it read the {options.MaxPages} pages a first pass reads"
                    : $"it reached the limit of {options.MaxPages} pages; the next pass reads on from there";
            }

            if (stop is not null)
            {
                MastodonLog.TagRead(logger, tag, host, _posts.Count, pages, stop);
                // A clean pass keeps at least the stored id: nothing new is stored again as read now, unlike a failed pass.
                var advanced = _newest is { } newest && (storedId is null || MastodonIds.Compare(newest, storedId) > 0) ? newest : storedId;
                return new MastodonTagPassResult(_posts, advanced, Unavailable: false);
            }
        }
    }

    // A short page ends the read either way: servers fill pages up to the limit while they have statuses.
    private string? Backward(MastodonPage page, ref string? maxId)
    {
        if (page.Statuses.Count + page.Malformed < options.PageSize || page.NextMaxId is null)
        {
            return "the timeline ended";
        }

        if (maxId is not null && MastodonIds.Compare(page.NextMaxId, maxId) >= 0)
        {
            return "the Link header did not move back";
        }

        maxId = page.NextMaxId;
        return null;
    }

    private string? Forward(MastodonPage page, string? pageNewest, ref string? minId)
    {
        if (page.Statuses.Count + page.Malformed < options.PageSize)
        {
            return "it caught up";
        }

        var next = page.PrevMinId ?? pageNewest;
        if (next is null || minId is null || MastodonIds.Compare(next, minId) <= 0)
        {
            return "the Link header did not move forward";
        }

        minId = next;
        return null;
    }

    /// <summary>Adds a page's statuses; returns the newest valid id on the page.</summary>
    private string? Take(IReadOnlyList<MastodonStatus> statuses)
    {
        string? pageNewest = null;
        foreach (var status in statuses)
        {
            if (!MastodonIds.IsValid(status.Id))
            {
                MastodonLog.StatusSkipped(logger, tag, instance.Authority, "it has no valid id");
                continue;
            }

            pageNewest = pageNewest is null ? status.Id : MastodonIds.Newest(pageNewest, status.Id);
            _newest = _newest is null ? status.Id : MastodonIds.Newest(_newest, status.Id);
            if (!MastodonStatusMapper.TryMap(status, instance, tag, pseudonymizer, out var post, out var reason))
            {
                MastodonLog.StatusSkipped(logger, tag, instance.Authority, reason);
                continue;
            }

            if ((status.Reblog ?? status) is { Uri: { } uri, Id: var originalId } && MastodonIds.IsValid(originalId))
            {
                locations.Remember(uri, instance, originalId);
            }

            if (seen.Add(post.SourceId))
            {
                _posts.Add(post);
            }
        }

        return pageNewest;
    }
}
