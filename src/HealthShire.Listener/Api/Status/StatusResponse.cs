namespace HealthShire.Listener.Api.Status;

/// <summary>
/// The body of <c>GET /api/status</c>: the time zone days are cut in, when the sources last collected (the latest
/// of them, for "up to date as of"), and each registered source.
/// </summary>
internal sealed record StatusResponse(string TimeZone, DateTimeOffset? LastCollectedAt, IReadOnlyList<SourceCollection> Sources);
