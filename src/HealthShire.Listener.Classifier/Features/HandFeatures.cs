using System.Buffers;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>A few counts a linear model learns poorly from a few hundred examples, each scaled to about 0–1.</summary>
internal static class HandFeatures
{
    /// <summary>The question, medication and crisis counts below, then <see cref="TopicFeatures"/>.</summary>
    public const int Count = Own + TopicFeatures.Count;

    private const int Own = 16;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    /// <summary>Hit positions of the lexicons, reused per thread: scoring calls this for every post.</summary>
    [ThreadStatic]
    private static (List<int> MedicationAt, List<int> PhraseAt)? hits;

    public static float[] Compute(string title, string text)
    {
        var features = new float[Count];
        Compute(title, text, features);
        return features;
    }

    public static void Compute(ReadOnlySpan<char> title, ReadOnlySpan<char> text, Span<float> destination)
    {
        // Lower-cased once so the lexicons can match ordinally, much faster than ignoring case on every scan.
        var lowered = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = text.ToLowerInvariant(lowered);
            FromLowered(title, lowered.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }
    }

    private static void FromLowered(ReadOnlySpan<char> title, ReadOnlySpan<char> span, Span<float> destination)
    {
        var questionMarks = span.Count('?');
        var (medicationAt, phraseAt) = hits ??= ([], []);
        medicationAt.Clear();
        phraseAt.Clear();
        Span<int> counts = stackalloc int[LexiconMatcher.Kinds];
        Lexicons.Matcher.Count(span, counts, medicationAt, phraseAt);
        var drugs = counts[(int)LexiconKind.Drugs];
        var medWords = counts[(int)LexiconKind.MedicationWords];
        var phrases = counts[(int)LexiconKind.QuestionPhrases];
        var crisis = counts[(int)LexiconKind.Crisis];
        var present = counts[(int)LexiconKind.PresentSelf];
        var pastOrOthers = counts[(int)LexiconKind.PastOrOthers];
        var medicationQuestions = MedicationQuestions(span, medicationAt, phraseAt);
        var lastStart = LastSentenceStart(span);
        var lastIsQuestion = span.TrimEnd().EndsWith('?') || (phraseAt.Count > 0 && phraseAt.Max() >= lastStart);
        var tailStart = Math.Max(0, span.Length - 400);

        ReadOnlySpan<float> features =
        [
            questionMarks > 0 ? 1f : 0f,
            Log(questionMarks),
            phrases > 0 ? 1f : 0f,
            Log(phrases),
            title.Contains('?') ? 1f : 0f,
            span[tailStart..].Contains('?') || phraseAt.Any(p => p >= tailStart) ? 1f : 0f,
            drugs > 0 ? 1f : 0f,
            Log(drugs),
            Log(medWords),
            medicationQuestions > 0 ? 1f : 0f,
            Log(medicationQuestions),
            crisis > 0 ? 1f : 0f,
            Log(crisis),
            Log(present),
            Log(pastOrOthers),
            lastIsQuestion ? 1f : 0f,
        ];
        features.CopyTo(destination);
        var asks = questionMarks > 0 || phrases > 0;
        TopicFeatures.Compute(span, counts[(int)LexiconKind.Addiction], asks, destination[Own..]);
    }

    private static float Log(int count) => MathF.Log(1 + count) / 2f;

    /// <summary>Question sentences (ending in '?' or holding a request phrase) that name a drug or a medication word.</summary>
    private static int MedicationQuestions(ReadOnlySpan<char> text, List<int> medicationAt, List<int> phraseAt)
    {
        if (medicationAt.Count == 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var at in medicationAt)
        {
            var start = text[..at].LastIndexOfAny(SentenceEnds) + 1;
            var end = text[at..].IndexOfAny(SentenceEnds);
            end = end < 0 ? text.Length : at + end;
            if ((end < text.Length && text[end] == '?') || phraseAt.Any(p => p >= start && p < end))
            {
                count++;
            }
        }

        return count;
    }

    private static int LastSentenceStart(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd(" \n\r\t.!?");
        return trimmed.LastIndexOfAny(SentenceEnds) + 1;
    }
}
