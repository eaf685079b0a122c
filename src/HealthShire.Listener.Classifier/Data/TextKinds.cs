namespace HealthShire.Listener.Classifier.Data;

/// <summary>
/// The kinds of text the model is trained and evaluated on, each reported on its own: a title alone or a tweet says far
/// less than a whole post, and a model judged on whole posts only can collapse short texts into <c>none</c> unseen.
/// </summary>
internal static class TextKinds
{
    public const string WholePosts = "whole posts";

    public const string TitlesAlone = "titles alone";

    public const string FirstSentences = "first sentences";

    /// <summary>A file without any title (tweets, toots): its rows are short texts of their own kind.</summary>
    public const string ShortPosts = "short posts";

    /// <summary>The posts that have both a title and a body, as their title alone (same id, same label).</summary>
    public static IEnumerable<LabelledPost> TitlesOf(IEnumerable<LabelledPost> posts) =>
        posts.Where(p => p.Title.Trim().Length > 0 && p.Body.Trim().Length > 0)
            .Select(p => p with { Body = string.Empty, Intents = null, Kind = TitlesAlone });

    /// <summary>The posts whose body has more than one sentence, as the first sentence of the body alone.</summary>
    public static IEnumerable<LabelledPost> FirstSentencesOf(IEnumerable<LabelledPost> posts)
    {
        foreach (var post in posts)
        {
            var body = post.Body.Trim();
            var end = body.IndexOfAny(['.', '!', '?', '\n']);
            if (end > 0 && end < body.Length - 1 && body[(end + 1)..].Trim().Length > 0)
            {
                yield return post with { Title = string.Empty, Body = body[..(end + 1)], Intents = null, Kind = FirstSentences };
            }
        }
    }

    /// <summary>Whole posts unless no row of the file has a title: then short posts.</summary>
    public static string OfFile(IReadOnlyList<LabelledPost> posts) =>
        posts.Count > 0 && posts.All(p => p.Title.Trim().Length == 0) ? ShortPosts : WholePosts;
}
