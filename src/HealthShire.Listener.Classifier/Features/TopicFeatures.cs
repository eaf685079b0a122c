using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Dense features for the topic head (and, next to <see cref="HandFeatures"/>, the intent heads): the conditions the
/// medications named in a post are usually prescribed for (<see cref="MedicationCatalog"/>), addiction and recovery
/// words, and whether a medication and a question appear together. A short post such as
/// "I just started Ritalin. What should I expect?" has too few words for the hashed n-grams to carry its topic; the
/// medication's indication does. Nothing here reads a label or a subreddit, nor the length of the text or whether it has
/// a title: in the training data those tell which data set a row came from (Dreaddit rows are untitled fragments), and a
/// model that learns them learns the data sets, not the topics (tried: held-out accuracy fell from 0.72 to 0.68).
/// </summary>
internal static class TopicFeatures
{
    /// <summary>The topics a medication can point to, in feature order (every topic but <c>none</c>).</summary>
    private static readonly string[] Indicated = Topics.All.Where(t => t != Topics.None).ToArray();

    /// <summary>
    /// Eight indications (one per topic in <see cref="Indicated"/>), then: any medication, medications named, addiction
    /// words, medication with a question.
    /// </summary>
    public const int Count = 8 + 4;

    /// <summary>
    /// Writes the features of <paramref name="text"/>; <paramref name="addictionWords"/> and <paramref name="asks"/> come
    /// from the lexicon scan <see cref="HandFeatures"/> has already made.
    /// </summary>
    public static void Compute(ReadOnlySpan<char> text, int addictionWords, bool asks, Span<float> destination)
    {
        destination = destination[..Count];
        destination.Clear();
        var medications = MedicationLexicon.Find(text);
        foreach (var generic in medications)
        {
            if (!MedicationLexicon.TryGet(generic, out var medication))
            {
                continue;
            }

            for (var c = 0; c < medication.Conditions.Count; c++)
            {
                var at = Array.IndexOf(Indicated, medication.Conditions[c]);
                if (at >= 0)
                {
                    // The first condition is the usual one; later ones count half.
                    destination[at] = Math.Max(destination[at], c == 0 ? 1f : 0.5f);
                }
            }
        }

        var next = Indicated.Length;
        destination[next++] = medications.Count > 0 ? 1f : 0f;
        destination[next++] = MathF.Log(1 + medications.Count) / 2f;
        destination[next++] = MathF.Log(1 + addictionWords) / 2f;
        destination[next] = medications.Count > 0 && asks ? 1f : 0f;
    }
}
