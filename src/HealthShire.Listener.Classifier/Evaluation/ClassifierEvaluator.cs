using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Training;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Evaluation;

/// <summary>
/// The logic behind the evaluate command: scores the loaded model on CSVs with topic and/or intent columns, each file
/// as whole posts and, where it has them, as titles alone and first sentences. Only the title and body are classified;
/// the label and intent columns are only compared with, and the subreddit column is never read.
/// </summary>
internal sealed class ClassifierEvaluator(IPostClassifier classifier)
{
    private const int BatchSize = 2048;

    public Task<EvaluationReport> EvaluateAsync(string csvPath, bool json, TextWriter output, CancellationToken cancellationToken) =>
        EvaluateAsync([csvPath], json, output, cancellationToken);

    /// <summary>Returns the first file's whole-post report, holding every file's and kind's report in <see cref="EvaluationReport.Reports"/>.</summary>
    public async Task<EvaluationReport> EvaluateAsync(IReadOnlyList<string> csvPaths, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        if (csvPaths.Count == 0)
        {
            throw new ClassifierInputException("Give at least one --data file.");
        }

        var reports = new List<EvaluationReport>();
        foreach (var path in csvPaths)
        {
            var file = await PostCsvReader.ReadAsync(path, cancellationToken);
            if (!file.HasTopicLabels && !file.HasIntents)
            {
                throw new ClassifierInputException(
                    $"Data file '{path}' has neither a 'label' column nor any intent column (question, medication, medication_question, crisis).");
            }

            var name = TrainingSet.FileName(path);
            reports.Add(Score(file.Posts, file.SkippedRows, file.HasTopicLabels, cancellationToken) with { Data = name, Kind = TextKinds.OfFile(file.Posts) });
            foreach (var (kind, posts) in new[] { (TextKinds.TitlesAlone, TextKinds.TitlesOf(file.Posts).ToList()), (TextKinds.FirstSentences, TextKinds.FirstSentencesOf(file.Posts).ToList()) })
            {
                if (file.HasTopicLabels && posts.Count > 0)
                {
                    reports.Add(Score(posts, 0, hasTopics: true, cancellationToken) with { Data = name, Kind = kind });
                }
            }
        }

        var report = reports[0] with { Reports = reports };
        if (json)
        {
            await ReportWriter.WriteJsonAsync(report, output, cancellationToken);
        }
        else
        {
            foreach (var one in reports)
            {
                await ReportWriter.WriteTextAsync(one, output, $"{one.Data}: {one.Kind}", cancellationToken);
            }
        }

        return report;
    }

    private EvaluationReport Score(IReadOnlyList<LabelledPost> posts, int skipped, bool hasTopics, CancellationToken cancellationToken)
    {
        var tags = new List<PostTags>(posts.Count);
        foreach (var batch in posts.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            tags.AddRange(classifier.Classify(batch.Select(p => new PostText(p.Title, p.Body)).ToList()));
        }

        TopicMetrics? topic = null;
        if (hasTopics)
        {
            var known = Enumerable.Range(0, posts.Count).Where(i => posts[i].Label is { } l && Topics.All.Contains(l)).ToList();
            skipped += posts.Count - known.Count;
            topic = MetricsCalculator.Topic(
                known.Select(i => posts[i].Label ?? Topics.None).ToList(), known.Select(i => tags[i].Topic).ToList(), Topics.All);
        }

        var intents = new SortedDictionary<string, ClassMetrics>(StringComparer.Ordinal);
        foreach (var intent in IntentNames.All)
        {
            var judged = Enumerable.Range(0, posts.Count).Where(i => posts[i].Intents?.Get(intent) is not null).ToList();
            if (judged.Count > 0)
            {
                intents[IntentNames.ColumnOf(intent)] = MetricsCalculator.Binary(
                    judged.Select(i => posts[i].Intents?.Get(intent) == true).ToList(),
                    judged.Select(i => Pick(tags[i], intent).IsPresent).ToList());
            }
        }

        return new EvaluationReport(classifier.ModelVersion, topic, intents, skipped);
    }

    private static IntentScore Pick(PostTags tags, IntentName intent) => intent switch
    {
        IntentName.Question => tags.Question,
        IntentName.Medication => tags.Medication,
        IntentName.MedicationQuestion => tags.MedicationQuestion,
        _ => tags.Crisis,
    };
}
