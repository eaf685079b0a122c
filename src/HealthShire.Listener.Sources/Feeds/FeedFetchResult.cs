using System.ServiceModel.Syndication;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>One feed request's outcome: unchanged (304), a parsed feed with its new validators, or why it failed.</summary>
internal sealed record FeedFetchResult(bool NotModified, SyndicationFeed? Feed, FeedValidators? Validators, string? FailureReason)
{
    public static FeedFetchResult Unchanged { get; } = new(true, null, null, null);

    public static FeedFetchResult Success(SyndicationFeed feed, FeedValidators validators) => new(false, feed, validators, null);

    public static FeedFetchResult Failure(string reason) => new(false, null, null, reason);
}
