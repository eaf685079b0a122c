using HealthShire.Listener.Core.Classification;

namespace HealthShire.Listener.Core.Storage;

/// <summary>New tags for a stored post.</summary>
public sealed record PostTagUpdate(string Source, string SourceId, PostTags Tags);
