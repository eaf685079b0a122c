using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Sources.Import;

/// <summary>One line (or CSV row) of an import file: the post it gives, or why it gives none.</summary>
/// <param name="Line">The line number in the (decompressed) file, from 1.</param>
/// <param name="Post">The post, when <paramref name="Skip"/> is <see cref="ImportSkip.None"/>.</param>
/// <param name="Skip">Why there is no post.</param>
/// <param name="Problem">For a malformed line, what is wrong with it; never the line's text.</param>
internal readonly record struct ImportItem(long Line, Post? Post, ImportSkip Skip, string? Problem)
{
    public static ImportItem Of(long line, Post post) => new(line, post, ImportSkip.None, null);

    public static ImportItem Gone(long line) => new(line, null, ImportSkip.Gone, null);

    public static ImportItem Malformed(long line, string problem) => new(line, null, ImportSkip.Malformed, problem);
}
