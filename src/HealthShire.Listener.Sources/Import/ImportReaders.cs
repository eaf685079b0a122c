using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Import.Generic;
using HealthShire.Listener.Sources.Reddit;
using HealthShire.Listener.Sources.Reddit.Dumps;

namespace HealthShire.Listener.Sources.Import;

/// <summary>The readers <c>import --source</c> chooses from, each turning a file's decoded content into import items.</summary>
internal static class ImportReaders
{
    public const string Reddit = RedditPostMapper.SourceName;

    public const string Generic = "generic";

    public static IReadOnlyList<string> Sources { get; } = [Reddit, Generic];

    /// <summary>The file kinds a generic export may be, told by the name (a trailing <c>.zst</c> aside).</summary>
    public static IReadOnlyList<string> GenericExtensions { get; } = [".csv", ".jsonl", ".ndjson"];

    public static Func<Stream, string, IEnumerable<ImportItem>> ForReddit(IAuthorPseudonymizer pseudonymizer) =>
        (content, _) => RedditDumpReader.Read(content, pseudonymizer);

    public static Func<Stream, string, IEnumerable<ImportItem>> ForGeneric(string network, IAuthorPseudonymizer pseudonymizer) =>
        (content, path) => IsCsv(path)
            ? GenericCsvReader.Read(content, network, pseudonymizer)
            : GenericJsonLinesReader.Read(content, network, pseudonymizer);

    /// <summary>Whether a generic export's name is one of <see cref="GenericExtensions"/>.</summary>
    public static bool IsGenericFile(string path) => GenericExtensions.Contains(ExtensionOf(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsCsv(string path) => ExtensionOf(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static string ExtensionOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".zst", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        return Path.GetExtension(name);
    }
}
