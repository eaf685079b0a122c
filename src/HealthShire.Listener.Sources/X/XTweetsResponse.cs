namespace HealthShire.Listener.Sources.X;

/// <summary>The body of recent search and tweet lookup: data, meta (search only) and partial errors.</summary>
internal sealed record XTweetsResponse(
    IReadOnlyList<XTweet>? Data,
    XSearchMeta? Meta,
    IReadOnlyList<XApiError>? Errors);
