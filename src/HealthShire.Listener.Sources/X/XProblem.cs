namespace HealthShire.Listener.Sources.X;

/// <summary>The problem JSON of an error response (401, 403, 429, 400).</summary>
internal sealed record XProblem(string? Title, string? Detail, string? Type, int? Status, string? Reason);
