using System.Text.Json;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>The logic behind the classify command: one text in, its tags as JSON out.</summary>
internal static class TextClassification
{
    /// <summary>The whole text is taken as the body; a tweet or a blog post has no separate title.</summary>
    public static PostTags Classify(IPostClassifier classifier, string text) =>
        classifier.Classify([new PostText(string.Empty, text)])[0];

    public static string ToJson(PostTags tags) =>
        JsonSerializer.Serialize(ClassificationJson.From(tags), ClassifierJsonContext.Default.ClassificationJson);

    public static string ClassifyToJson(IPostClassifier classifier, string text) => ToJson(Classify(classifier, text));
}
