using HealthShire.Listener.Core.Classification;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The tag columns of <c>posts</c>, bound as parameters of the same name.</summary>
internal sealed class TagColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "topic", "topic_probability",
        "is_question", "question_score",
        "is_medication", "medication_score",
        "is_medication_question", "medication_question_score",
        "is_crisis", "crisis_score",
        "model_version", "tagged_at",
    ];

    private readonly SqliteParameter[] _parameters;

    /// <summary>Adds one parameter per tag column to a command that is reused across rows.</summary>
    public TagColumns(SqliteCommand command)
    {
        _parameters = [.. Names.Select(name => command.Parameters.Add(new SqliteParameter("$" + name, null)))];
    }

    /// <summary>"$topic, $topic_probability, ..." for a VALUES list.</summary>
    public static string ParameterList => string.Join(", ", Names.Select(name => "$" + name));

    /// <summary>"topic = $topic, ..." for an UPDATE.</summary>
    public static string Assignments => string.Join(", ", Names.Select(name => $"{name} = ${name}"));

    public void Bind(PostTags tags, long taggedAt)
    {
        _parameters[0].Value = tags.Topic;
        _parameters[1].Value = Real(tags.TopicProbability);
        BindIntent(2, tags.Question);
        BindIntent(4, tags.Medication);
        BindIntent(6, tags.MedicationQuestion);
        BindIntent(8, tags.Crisis);
        _parameters[10].Value = tags.ModelVersion;
        _parameters[11].Value = taggedAt;
    }

    private void BindIntent(int index, IntentScore intent)
    {
        _parameters[index].Value = intent.IsPresent ? 1 : 0;
        _parameters[index + 1].Value = Real(intent.Score);
    }

    // SQLite has no NaN and would store it as NULL anyway; infinities are treated the same way.
    private static object Real(float value) => float.IsFinite(value) ? (double)value : DBNull.Value;
}
