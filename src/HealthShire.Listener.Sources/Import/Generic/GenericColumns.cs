namespace HealthShire.Listener.Sources.Import.Generic;

/// <summary>The columns (CSV) or fields (JSON Lines) of a generic export.</summary>
internal static class GenericColumns
{
    public const string Id = "id";
    public const string Text = "text";
    public const string CreatedAt = "created_at";
    public const string Community = "community";
    public const string Url = "url";
    public const string Title = "title";
    public const string ReplyCount = "reply_count";
    public const string Author = "author";

    public static IReadOnlyList<string> Required { get; } = [Id, Text, CreatedAt, Community, Url];

    public static IReadOnlyList<string> Optional { get; } = [Title, ReplyCount, Author];

    /// <summary>The message for a file without a required column, naming it and the ones every file needs.</summary>
    public static string MissingMessage(string kind, string missing) =>
        $"missing {kind} '{missing}' (required: {string.Join(", ", Required)}; optional: {string.Join(", ", Optional)})";
}
