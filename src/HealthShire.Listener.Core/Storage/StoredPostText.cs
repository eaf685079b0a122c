namespace HealthShire.Listener.Core.Storage;

/// <summary>A stored post's text and the model version that tagged it, for re-tagging.</summary>
public sealed record StoredPostText(string Source, string SourceId, string Title, string Body, string? ModelVersion)
{
    /// <summary>False for a post tagged before the store kept the medications each post names: re-tag it to fill them in.</summary>
    public bool MedicationsTagged { get; init; } = true;
}
