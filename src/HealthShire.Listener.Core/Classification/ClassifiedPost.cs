using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Classification;

/// <summary>A post together with its tags, as handed to the store.</summary>
public sealed record ClassifiedPost(Post Post, PostTags Tags);
