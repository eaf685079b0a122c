using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Storage.Common.Posts;

namespace HealthShire.Listener.Storage.Postgres;

/// <summary>The tag columns of <c>posts</c> but <c>tagged_at</c>, as columns of an <see cref="UnnestColumns"/> batch.</summary>
internal sealed class PostgresTagColumns
{
    /// <summary>The columns filled here, in <see cref="TagColumns.Names"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. TagColumns.Names.Where(name => name != TaggedAt)];

    public const string TaggedAt = "tagged_at";

    private readonly List<string?> _topic;
    private readonly List<float?> _topicProbability;
    private readonly (List<bool?> Present, List<float?> Score)[] _intents;
    private readonly List<string?> _modelVersion;
    private readonly List<string?> _medications;

    public PostgresTagColumns(UnnestColumns columns)
    {
        _topic = columns.Add<string?>(Names[0], "text");
        _topicProbability = columns.Add<float?>(Names[1], "real");
        _intents =
        [
            .. Enumerable.Range(0, 4).Select(i => (columns.Add<bool?>(Names[2 + (2 * i)], "boolean"), columns.Add<float?>(Names[3 + (2 * i)], "real"))),
        ];
        _modelVersion = columns.Add<string?>(Names[10], "text");
        _medications = columns.Add<string?>(Names[11], "text");
    }

    /// <summary>Adds one row's tags; null adds a row of nulls (for a row whose tags are not written).</summary>
    public void Add(PostTags? tags)
    {
        _topic.Add(tags?.Topic);
        _topicProbability.Add(tags is null ? null : TagColumns.Finite(tags.TopicProbability));
        IntentScore?[] intents = tags is null ? [null, null, null, null] : [tags.Question, tags.Medication, tags.MedicationQuestion, tags.Crisis];
        for (var i = 0; i < intents.Length; i++)
        {
            _intents[i].Present.Add(intents[i]?.IsPresent);
            _intents[i].Score.Add(intents[i] is { } intent ? TagColumns.Finite(intent.Score) : null);
        }

        _modelVersion.Add(tags?.ModelVersion);
        _medications.Add(tags is null ? null : TagColumns.Medications(tags));
    }
}
