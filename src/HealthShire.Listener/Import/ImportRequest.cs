using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Import;

/// <summary>One import: its files in order, how a file's decoded content is read, and which posts are wanted.</summary>
/// <param name="Source">The source the posts are stored under: <c>reddit</c>, or a generic export's network.</param>
/// <param name="Files">The files, read one after the other.</param>
/// <param name="Reader">Reads one file's decoded content (the path tells a CSV from JSON Lines).</param>
/// <param name="Filter">Which posts are stored.</param>
internal sealed record ImportRequest(
    string Source,
    IReadOnlyList<string> Files,
    Func<Stream, string, IEnumerable<ImportItem>> Reader,
    ImportFilter Filter);
