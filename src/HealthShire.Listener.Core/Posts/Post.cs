namespace HealthShire.Listener.Core.Posts;

/// <summary>
/// One public post in the normalised shape shared by every source. Text is plain (HTML entities
/// decoded) and the author is only ever a keyed pseudonym.
/// </summary>
/// <param name="Source">The source name, lower case: <c>reddit</c>, <c>x</c>.</param>
/// <param name="SourceId">The id the source gives the post (Reddit's base-36 id, a tweet id).</param>
/// <param name="Community">Where it was found: a subreddit, or the name of an X query.</param>
/// <param name="Title">The title, empty where the source has none.</param>
/// <param name="Body">The body text, empty where deleted or absent.</param>
/// <param name="AuthorPseudonym">The keyed pseudonym of the author, or null when the author is gone.</param>
/// <param name="Url">The permalink to the original post.</param>
/// <param name="CreatedAt">When the post was written (UTC).</param>
/// <param name="Score">The source's score (Reddit score, X likes).</param>
/// <param name="ReplyCount">The number of replies or comments.</param>
/// <param name="Flags">Deleted, removed, over-18.</param>
public sealed record Post(
    string Source,
    string SourceId,
    string Community,
    string Title,
    string Body,
    string? AuthorPseudonym,
    string Url,
    DateTimeOffset CreatedAt,
    int Score,
    int ReplyCount,
    PostFlags Flags);
