namespace HealthShire.Listener.Sources.X;

/// <summary>One entry of a 200 response's <c>errors</c> array, e.g. a tweet id that no longer exists.</summary>
internal sealed record XApiError(string? Value, string? Detail, string? Title, string? ResourceType, string? ResourceId, string? Type)
{
    public bool IsNotFound =>
        (Type?.EndsWith("/resource-not-found", StringComparison.Ordinal) ?? false) || Title == "Not Found Error";
}
