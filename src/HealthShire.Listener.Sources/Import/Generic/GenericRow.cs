namespace HealthShire.Listener.Sources.Import.Generic;

/// <summary>One exported post's fields as text, from a CSV row or a JSON Lines object; any may be missing.</summary>
internal sealed record GenericRow(
    string? Id,
    string? Text,
    string? CreatedAt,
    string? Community,
    string? Url,
    string? Title,
    string? ReplyCount,
    string? Author);
