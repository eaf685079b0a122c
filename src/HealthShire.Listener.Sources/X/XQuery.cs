namespace HealthShire.Listener.Sources.X;

/// <summary>A search query ready to send, under the API's length limit.</summary>
/// <param name="Name">The group name, with a "-2", "-3" suffix when the group was split.</param>
/// <param name="Text">The full query text including the filters.</param>
internal sealed record XQuery(string Name, string Text);
