namespace HealthShire.Listener.Api.Questions;

/// <summary>The body of <c>POST /api/questions/{id}/status</c>: <c>{"status":"engaged"}</c>, <c>"dismissed"</c> or <c>"open"</c> (removes the mark).</summary>
internal sealed record MarkRequest(string? Status);
