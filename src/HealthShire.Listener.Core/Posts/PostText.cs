namespace HealthShire.Listener.Core.Posts;

/// <summary>The text of a post, the only input the classifier sees.</summary>
public sealed record PostText(string Title, string Body);
