using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Classification;

/// <summary>Tags posts by topic and intent. Implementations are thread-safe.</summary>
public interface IPostClassifier
{
    /// <summary>The version of the loaded model, recorded with every tag.</summary>
    string ModelVersion { get; }

    /// <summary>Tags a batch of texts; the result has one entry per input, in order.</summary>
    IReadOnlyList<PostTags> Classify(IReadOnlyList<PostText> texts);
}
