using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Pipeline;

/// <summary>
/// The classify step every path into the store shares: a collection pass and an import tag posts the same way, after
/// their text is cleaned (<see cref="PostTextCleaner"/>), so what is classified and stored is what every output shows.
/// </summary>
public static class PostTagging
{
    /// <summary>Cleans and tags a batch in one classifier call; the result has one entry per post, in order.</summary>
    public static ClassifiedPost[] Tag(IPostClassifier classifier, IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return [];
        }

        var clean = new Post[posts.Count];
        var texts = new PostText[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            clean[i] = PostTextCleaner.Clean(posts[i]);
            texts[i] = new PostText(clean[i].Title, clean[i].Body);
        }

        var tags = classifier.Classify(texts);
        var classified = new ClassifiedPost[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            classified[i] = new ClassifiedPost(clean[i], tags[i]);
        }

        return classified;
    }
}
