namespace HealthShire.Listener.Api.Questions;

/// <summary>The body of <c>POST /api/questions/{id}/status</c>: <c>{"status":"engaged"}</c> or <c>"dismissed"</c>.</summary>
internal sealed record MarkRequest(string? Status);
