using System.Buffers;

namespace HealthShire.Listener.Classifier.Features;

/// <summary>A few counts a linear model learns poorly from a few hundred examples, each scaled to about 0–1.</summary>
internal static class HandFeatures
{
    public const int Count = 16;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    public static float[] Compute(string title, string text)
    {
        var span = text.AsSpan();
        var questionMarks = span.Count('?');
        List<int> medicationAt = [];
        List<int> phraseAt = [];
        var drugs = Find(span, Lexicons.Drugs, medicationAt);
        var medWords = Find(span, Lexicons.MedicationWords, medicationAt);
        var phrases = Find(span, Lexicons.QuestionPhrases, phraseAt);
        var crisis = Find(span, Lexicons.Crisis, null);
        var present = Find(span, Lexicons.PresentSelf, null);
        var pastOrOthers = Find(span, Lexicons.PastOrOthers, null);
        var medicationQuestions = MedicationQuestions(span, medicationAt, phraseAt);
        var lastStart = LastSentenceStart(span);
        var lastIsQuestion = span.TrimEnd().EndsWith('?') || (phraseAt.Count > 0 && phraseAt.Max() >= lastStart);
        var tailStart = Math.Max(0, span.Length - 400);

        return
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
    }

    private static float Log(int count) => MathF.Log(1 + count) / 2f;

    private static int Find(ReadOnlySpan<char> text, SearchValues<string> values, List<int>? positions)
    {
        var count = 0;
        var offset = 0;
        while (true)
        {
            var at = text[offset..].IndexOfAny(values);
            if (at < 0)
            {
                return count;
            }

            count++;
            positions?.Add(offset + at);
            offset += at + 1;
        }
    }

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
