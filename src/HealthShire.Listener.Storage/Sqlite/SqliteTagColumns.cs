using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Storage.Common.Posts;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite;

/// <summary>The tag columns of <c>posts</c> (<see cref="TagColumns.Names"/>), bound as parameters of the same name.</summary>
internal sealed class SqliteTagColumns
{
    private readonly SqliteParameter[] _parameters;

    /// <summary>Adds one parameter per tag column to a command that is reused across rows.</summary>
    public SqliteTagColumns(SqliteCommand command)
    {
        _parameters = [.. TagColumns.Names.Select(name => command.Parameters.Add(new SqliteParameter("$" + name, null)))];
    }

    /// <summary>"$topic, $topic_probability, ..." for a VALUES list.</summary>
    public static string ParameterList => string.Join(", ", TagColumns.Names.Select(name => "$" + name));

    /// <summary>"topic = $topic, ..." for an UPDATE.</summary>
    public static string Assignments => string.Join(", ", TagColumns.Names.Select(name => $"{name} = ${name}"));

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
        _parameters[12].Value = TagColumns.Medications(tags);
    }

    private void BindIntent(int index, IntentScore intent)
    {
        _parameters[index].Value = intent.IsPresent ? 1 : 0;
        _parameters[index + 1].Value = Real(intent.Score);
    }

    private static object Real(float value) => TagColumns.Finite(value) is { } finite ? (double)finite : DBNull.Value;
}
