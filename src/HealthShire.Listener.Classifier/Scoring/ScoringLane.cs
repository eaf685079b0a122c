using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Features;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Core.Posts;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Scoring;

/// <summary>Receives one scored row: the position the caller gave it, the topic scores (card order) and the intent probabilities.</summary>
internal delegate void ScoredRowSink(int position, ReadOnlySpan<float> topicScores, ReadOnlySpan<float> intentProbabilities);

/// <summary>
/// One worker's scoring state: a <see cref="FeatureBatch"/>, the shared transformer's transform of it (built once),
/// and a text buffer. Rows are added until the batch is full, then scored in one pass of a row cursor.
/// A lane is used by one thread at a time (the classifier pools them); the transformer itself is shared.
/// </summary>
internal sealed class ScoringLane
{
    private readonly HashedTextFeaturizer featurizer;
    private readonly FeatureBatch batch;
    private readonly DataViewSchema.Column topicColumn;
    private readonly DataViewSchema.Column[] intentColumns;
    private readonly IDataView scored;
    private readonly char[] text = new char[TextPreparation.MaxChars];
    private readonly float[] probabilities;
    private readonly int[] positions;

    /// <param name="shortTexts">Score through the chain that ends with the short-text head and read its topic scores.</param>
    public ScoringLane(ClassifierModel model, int capacity, bool shortTexts = false)
    {
        featurizer = model.Featurizer;
        batch = new FeatureBatch(capacity);
        var transformer = shortTexts ? model.ShortTransformer ?? throw new InvalidOperationException("The model has no short-text head.") : model.Transformer;
        scored = transformer.Transform(batch);
        topicColumn = scored.Schema[shortTexts ? ModelColumns.ShortTopicScore : ModelColumns.TopicScore];
        intentColumns = IntentNames.All.Select(i => scored.Schema[ModelColumns.ProbabilityOf(i)]).ToArray();
        probabilities = new float[intentColumns.Length];
        positions = new int[capacity];
    }

    public bool IsFull => batch.Count == batch.Capacity;

    /// <summary>Adds the post as the next row, remembering its position, or returns false (and adds nothing) when it has too few words to score.</summary>
    public bool TryAdd(PostText post, int position)
    {
        var length = TextPreparation.Combine(post.Title, post.Body, text);
        var combined = text.AsSpan(0, length);
        if (!TextPreparation.HasWords(combined))
        {
            return false;
        }

        positions[batch.Count] = position;
        batch.Add(featurizer, post.Title, combined);
        return true;
    }

    /// <summary>Scores the rows added since the last call, in order, then empties the batch.</summary>
    public void Score(ScoredRowSink sink)
    {
        if (batch.Count == 0)
        {
            return;
        }

        using (var cursor = scored.GetRowCursor([topicColumn, .. intentColumns]))
        {
            var topicGetter = cursor.GetGetter<VBuffer<float>>(topicColumn);
            var intentGetters = intentColumns.Select(cursor.GetGetter<float>).ToArray();
            VBuffer<float> topicScores = default;
            var row = 0;
            while (cursor.MoveNext())
            {
                topicGetter(ref topicScores);
                for (var k = 0; k < intentGetters.Length; k++)
                {
                    intentGetters[k](ref probabilities[k]);
                }

                sink(positions[row++], topicScores.GetValues(), probabilities);
            }
        }

        batch.Clear();
    }
}
