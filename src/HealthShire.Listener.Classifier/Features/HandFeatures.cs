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
        var drugs = CountOf(span, Lexicons.Drugs);
        var medWords = CountOf(span, Lexicons.MedicationWords);
        var phrases = CountOf(span, Lexicons.QuestionPhrases);
        var crisis = CountOf(span, Lexicons.Crisis);
        var present = CountOf(span, Lexicons.PresentSelf);
        var pastOrOthers = CountOf(span, Lexicons.PastOrOthers);
        var (medicationQuestions, lastSentenceQuestion) = ScanQuestionSentences(span);
        var tail = span[Math.Max(0, span.Length - 400)..];

        return
        [
            questionMarks > 0 ? 1f : 0f,
            Log(questionMarks),
            phrases > 0 ? 1f : 0f,
            Log(phrases),
            title.Contains('?') ? 1f : 0f,
            tail.Contains('?') || CountOf(tail, Lexicons.QuestionPhrases) > 0 ? 1f : 0f,
            drugs > 0 ? 1f : 0f,
            Log(drugs),
            Log(medWords),
            medicationQuestions > 0 ? 1f : 0f,
            Log(medicationQuestions),
            crisis > 0 ? 1f : 0f,
            Log(crisis),
            Log(present),
            Log(pastOrOthers),
            lastSentenceQuestion ? 1f : 0f,
        ];
    }

    private static float Log(int count) => MathF.Log(1 + count) / 2f;

    private static int CountOf(ReadOnlySpan<char> text, SearchValues<string> values)
    {
        var count = 0;
        while (true)
        {
            var at = text.IndexOfAny(values);
            if (at < 0)
            {
                return count;
            }

            count++;
            text = text[(at + 1)..];
        }
    }

    /// <summary>Counts question sentences (ending in '?' or holding a request phrase) that name a drug or medication word.</summary>
    private static (int MedicationQuestions, bool LastIsQuestion) ScanQuestionSentences(ReadOnlySpan<char> text)
    {
        var medicationQuestions = 0;
        var lastIsQuestion = false;
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny(SentenceEnds);
            var sentence = end < 0 ? text : text[..(end + 1)];
            text = end < 0 ? [] : text[(end + 1)..];
            if (sentence.Trim().Length < 3)
            {
                continue;
            }

            var isQuestion = sentence[^1] == '?' || sentence.IndexOfAny(Lexicons.QuestionPhrases) >= 0;
            lastIsQuestion = isQuestion;
            if (isQuestion && (sentence.IndexOfAny(Lexicons.Drugs) >= 0 || sentence.IndexOfAny(Lexicons.MedicationWords) >= 0))
            {
                medicationQuestions++;
            }
        }

        return (medicationQuestions, lastIsQuestion);
    }
}
