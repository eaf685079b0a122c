using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Pipeline;

/// <summary>The classify step every path into the store shares: a collection pass and an import tag posts the same way.</summary>
public static class PostTagging
{
    /// <summary>Tags a batch in one classifier call; the result has one entry per post, in order.</summary>
    public static ClassifiedPost[] Tag(IPostClassifier classifier, IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return [];
        }

        var texts = new PostText[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            texts[i] = new PostText(posts[i].Title, posts[i].Body);
        }

        var tags = classifier.Classify(texts);
        var classified = new ClassifiedPost[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            classified[i] = new ClassifiedPost(posts[i], tags[i]);
        }

        return classified;
    }
}
