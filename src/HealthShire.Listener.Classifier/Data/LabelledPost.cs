namespace HealthShire.Listener.Classifier.Data;

/// <summary>One CSV row: the text, its topic label when given, and its intents when judged.</summary>
internal sealed record LabelledPost(string Id, string Source, string? Label, string Title, string Body, IntentLabels? Intents)
{
    public bool IsAuthored => Source.StartsWith("authored", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind of text the row is (<see cref="TextKinds"/>); only training and evaluation group by it, never a feature.</summary>
    public string Kind { get; init; } = TextKinds.WholePosts;

    /// <summary>The created_utc column (Unix seconds) when the file has one; only used to keep one user's timeline on one side of a split.</summary>
    public long? CreatedUtc { get; init; }
}
