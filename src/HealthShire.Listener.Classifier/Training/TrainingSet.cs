using System.Security.Cryptography;
using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Classifier.Training;

/// <summary>The rows read from the data files, split for topic validation and intent cross-validation.</summary>
internal sealed record TrainingSet(
    IReadOnlyList<LabelledPost> TopicTrain,
    IReadOnlyList<LabelledPost> TopicValidation,
    IReadOnlyList<LabelledPost> Intents,
    IReadOnlyList<TrainingFileInfo> Files,
    IReadOnlyList<TrainingSet.Group> ValidationKinds)
{
    /// <summary>
    /// The rows of the short-text topic head (<see cref="PipelineSettings.ShortHead"/>): every training row of any kind
    /// (untitled whole posts, first sentences, files of short posts) that the classifier routes to it: no title and at
    /// most the routing length.
    /// </summary>
    public IReadOnlyList<LabelledPost> ShortTrain { get; init; } = [];

    /// <summary>
    /// Weak crisis positives (<see cref="PipelineSettings.WeakCrisisRows"/>): half (by a hash of the id) of the real,
    /// unjudged whole posts of topic <c>self_harm_suicide</c> in the topic training rows; empty when off.
    /// </summary>
    public IReadOnlyList<LabelledPost> WeakCrisis { get; init; } = [];

    /// <summary>Held-out rows of one kind of text from one file, scored on their own ("reddit-mh/dev.csv: titles alone").</summary>
    public sealed record Group(string Name, IReadOnlyList<LabelledPost> Posts);

    /// <summary>
    /// Topic training posts that are not judged for intents. The intent heads read topic scores from a head trained on
    /// these only: a score for a post the topic head has seen is close to its subreddit label, which would flatter the
    /// cross-validated intent figures. When nearly every post is judged (tiny data sets) all topic posts are used.
    /// </summary>
    public IReadOnlyList<LabelledPost> TopicTrainUnjudged
    {
        get
        {
            var judged = Intents.Where(p => !p.IsAuthored).Select(p => p.Id).Concat(WeakCrisis.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
            var unjudged = TopicTrain.Where(p => !judged.Contains(p.Id)).ToList();
            return unjudged.Select(p => p.Label).Distinct().Count() >= 2 ? unjudged : TopicTrain;
        }
    }

    /// <summary>
    /// Reads the files. With <see cref="PipelineSettings.TitleRows"/> the title of every training post that has a title and
    /// a body is added again as a row of its own. With <see cref="PipelineSettings.ShortHead"/> the rows of files of short
    /// posts train the short-text head only, and the short rows of every kind are gathered for it. Held-out rows are
    /// grouped per file and kind of text; the first group is the first file's whole posts, the figure the model card leads
    /// with. A file of short posts with created_utc is split by timeline (<see cref="DataSplit.Timelines"/>), not by id.
    /// </summary>
    public static async Task<TrainingSet> LoadAsync(IReadOnlyList<string> paths, PipelineSettings settings, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            throw new ClassifierInputException("Give at least one --data file.");
        }

        var seenTopic = new HashSet<string>(StringComparer.Ordinal);
        var seenIntent = new HashSet<string>(StringComparer.Ordinal);
        List<LabelledPost> train = [], validation = [], intents = [], shortTrain = [];
        var files = new List<TrainingFileInfo>();
        var groups = new List<Group>();
        foreach (var path in paths)
        {
            var file = await PostCsvReader.ReadAsync(path, cancellationToken);
            var kind = TextKinds.OfFile(file.Posts);
            var timelines = kind == TextKinds.ShortPosts ? DataSplit.Timelines(file.Posts) : null;
            List<LabelledPost> fileTrain = [], fileValidation = [];
            for (var row = 0; row < file.Posts.Count; row++)
            {
                var post = file.Posts[row];
                if (post.Label is { } label && Topics.All.Contains(label) && seenTopic.Add(post.Id))
                {
                    var held = !post.IsAuthored && (timelines is null ? DataSplit.IsValidation(post.Id) : DataSplit.IsValidationTimeline(timelines[row]));
                    (held ? fileValidation : fileTrain).Add(post with { Kind = kind });
                }

                if (post.Intents is { IsComplete: true } && seenIntent.Add(post.Id))
                {
                    intents.Add(post);
                }
            }

            validation.AddRange(fileValidation);
            var titles = TextKinds.TitlesOf(fileTrain.Where(p => !p.IsAuthored)).ToList();
            if (settings.ShortHead)
            {
                shortTrain.AddRange(fileTrain.Concat(titles).Concat(TextKinds.FirstSentencesOf(fileTrain.Where(p => !p.IsAuthored)))
                    .Where(p => TextPreparation.TakesShortHead(p.Title, p.Body, settings.ShortMaxChars)));
            }

            if (!settings.ShortHead || kind != TextKinds.ShortPosts)
            {
                train.AddRange(fileTrain);
                if (settings.TitleRows)
                {
                    train.AddRange(titles);
                }
            }

            AddGroups(groups, FileName(path), kind, fileValidation);
            files.Add(Describe(file, await HashAsync(path, cancellationToken)));
        }

        if (train.Select(p => p.Label).Distinct().Count() < 2)
        {
            throw new ClassifierInputException("The data files hold fewer than two topic classes; a topic model needs at least two.");
        }

        if (IntentNames.All.Any(i => intents.All(p => p.Intents?.Get(i) != true) || intents.All(p => p.Intents?.Get(i) != false)))
        {
            throw new ClassifierInputException(
                "The data files need rows with all four intent columns (question, medication, medication_question, crisis), "
                + "with both 0 and 1 in each.");
        }

        var judgedIds = intents.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var weakCrisis = !settings.WeakCrisisRows ? [] : train
            .Where(p => p.Kind == TextKinds.WholePosts && !p.IsAuthored && p.Label == Topics.SelfHarmSuicide && !judgedIds.Contains(p.Id) && DataSplit.IsWeakCrisis(p.Id))
            .Select(p => p with { Intents = new IntentLabels(null, null, null, true) })
            .ToList();
        return new TrainingSet(train, validation, intents, files, groups) { ShortTrain = shortTrain, WeakCrisis = weakCrisis };
    }

    private static void AddGroups(List<Group> groups, string file, string kind, List<LabelledPost> validation)
    {
        if (validation.Count == 0)
        {
            return;
        }

        groups.Add(new Group($"{file}: {kind}", validation));
        foreach (var (name, posts) in new[]
        {
            (TextKinds.TitlesAlone, TextKinds.TitlesOf(validation).ToList()),
            (TextKinds.FirstSentences, TextKinds.FirstSentencesOf(validation).ToList()),
        })
        {
            if (posts.Count > 0)
            {
                groups.Add(new Group($"{file}: {name}", posts));
            }
        }
    }

    /// <summary>The file with its folder ("reddit-mh/dev.csv"): two data sets may both call their file dev.csv.</summary>
    public static string FileName(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(full) : $"{folder}/{Path.GetFileName(full)}";
    }

    public static ModelRow ToRow(LabelledPost post, HashedTextFeaturizer featurizer, float weight = 1f)
    {
        var text = TextPreparation.Combine(post.Title, post.Body);
        return new ModelRow
        {
            Features = featurizer.Featurize(post.Title, text),
            Hand = HandFeatures.Compute(post.Title, text),
            Label = post.Label ?? string.Empty,
            Weight = weight,
            Question = post.Intents?.Question == true,
            Medication = post.Intents?.Medication == true,
            MedicationQuestion = post.Intents?.MedicationQuestion == true,
            Crisis = post.Intents?.Crisis == true,
        };
    }

    private static TrainingFileInfo Describe(PostCsvFile file, string sha256)
    {
        var perLabel = file.Posts
            .GroupBy(p => p.Label ?? "(none)", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new TrainingFileInfo(
            Path.GetFileName(file.Path), sha256, file.Posts.Count, file.SkippedRows, perLabel,
            file.Posts.Count(p => p.Intents is { IsComplete: true }));
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
