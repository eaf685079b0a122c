namespace HealthShire.Listener.Api.Questions;

/// <summary>What a mark did: the post and its new status.</summary>
internal sealed record MarkResponse(string Id, string Status);
