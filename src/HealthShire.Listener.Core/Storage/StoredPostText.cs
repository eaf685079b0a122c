namespace HealthShire.Listener.Core.Storage;

/// <summary>A stored post's text and the model version that tagged it, for re-tagging.</summary>
public sealed record StoredPostText(string Source, string SourceId, string Title, string Body, string? ModelVersion);
