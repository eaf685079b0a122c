using System.Text.Json.Serialization;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>The fields of a t3 (post) that are read; every one may be missing from a hostile answer.</summary>
internal sealed record RedditLink(
    string? Id,
    string? Name,
    string? Subreddit,
    string? Title,
    string? Selftext,
    string? Author,
    string? Permalink,
    double? CreatedUtc,
    int? Score,
    int? NumComments,
    [property: JsonPropertyName("over_18")] bool? Over18,
    string? RemovedByCategory);
