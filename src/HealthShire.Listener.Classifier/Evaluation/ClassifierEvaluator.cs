using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>The logic behind the evaluate command: scores the loaded model on any CSV with topic and/or intent columns.</summary>
internal sealed class ClassifierEvaluator(IPostClassifier classifier)
{
    private const int BatchSize = 2048;

    public async Task<EvaluationReport> EvaluateAsync(string csvPath, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var file = await PostCsvReader.ReadAsync(csvPath, cancellationToken);
        if (!file.HasTopicLabels && !file.HasIntents)
        {
            throw new ClassifierInputException(
                $"Data file '{csvPath}' has neither a 'label' column nor any intent column (question, medication, medication_question, crisis).");
        }

        var tags = new List<PostTags>(file.Posts.Count);
        foreach (var batch in file.Posts.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            tags.AddRange(classifier.Classify(batch.Select(p => new PostText(p.Title, p.Body)).ToList()));
        }

        var skipped = file.SkippedRows;
        TopicMetrics? topic = null;
        if (file.HasTopicLabels)
        {
            var known = Enumerable.Range(0, file.Posts.Count).Where(i => file.Posts[i].Label is { } l && Topics.All.Contains(l)).ToList();
            skipped += file.Posts.Count - known.Count;
            topic = MetricsCalculator.Topic(
                known.Select(i => file.Posts[i].Label ?? Topics.None).ToList(), known.Select(i => tags[i].Topic).ToList(), Topics.All);
        }

        var intents = new SortedDictionary<string, ClassMetrics>(StringComparer.Ordinal);
        foreach (var intent in IntentNames.All)
        {
            var judged = Enumerable.Range(0, file.Posts.Count).Where(i => file.Posts[i].Intents?.Get(intent) is not null).ToList();
            if (judged.Count > 0)
            {
                intents[IntentNames.ColumnOf(intent)] = MetricsCalculator.Binary(
                    judged.Select(i => file.Posts[i].Intents?.Get(intent) == true).ToList(),
                    judged.Select(i => Pick(tags[i], intent).IsPresent).ToList());
            }
        }

        var report = new EvaluationReport(classifier.ModelVersion, topic, intents, skipped);
        if (json)
        {
            await ReportWriter.WriteJsonAsync(report, output, cancellationToken);
        }
        else
        {
            await ReportWriter.WriteTextAsync(report, output, Path.GetFileName(csvPath), cancellationToken);
        }

        return report;
    }

    private static IntentScore Pick(PostTags tags, IntentName intent) => intent switch
    {
        IntentName.Question => tags.Question,
        IntentName.Medication => tags.Medication,
        IntentName.MedicationQuestion => tags.MedicationQuestion,
        _ => tags.Crisis,
    };
}
