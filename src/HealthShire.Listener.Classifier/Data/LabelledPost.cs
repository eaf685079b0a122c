namespace HealthShire.Listener.Classifier.Data;

/// <summary>One CSV row: the text, its topic label when given, and its intents when judged.</summary>
internal sealed record LabelledPost(string Id, string Source, string? Label, string Title, string Body, IntentLabels? Intents)
{
    public bool IsAuthored => Source.StartsWith("authored", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind of text the row is (<see cref="TextKinds"/>); only training and evaluation group by it, never a feature.</summary>
    public string Kind { get; init; } = TextKinds.WholePosts;
}
