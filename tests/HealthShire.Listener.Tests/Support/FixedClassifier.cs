using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Support;

/// <summary>Tags every text with the same topic and counts what it was asked.</summary>
internal sealed class FixedClassifier(string topic = Topics.Depression) : IPostClassifier
{
    public string ModelVersion => "fixed-test";

    public int TextsClassified { get; private set; }

    public IReadOnlyList<PostTags> Classify(IReadOnlyList<PostText> texts)
    {
        TextsClassified += texts.Count;
        return [.. texts.Select(_ => Some.Tags(topic, ModelVersion))];
    }
}
