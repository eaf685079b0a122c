using HealthShire.Listener.Core.Insights;
using Microsoft.Data.Sqlite;

namespace HealthShire.Listener.Storage.Sqlite.Insights;

/// <summary>
/// Collects how a batch of writes changes the rollups, row by row in memory, and applies the sum
/// once per key inside the same transaction: a batch of 100k posts costs a few hundred upserts.
/// </summary>
internal sealed class RollupDeltas(ListenerCalendar calendar)
{
    private const string UpsertSql = """
        INSERT INTO post_day_counts (day, topic, source, community, posts, questions, medication_questions, crisis, unanswered)
        VALUES ($day, $topic, $source, $community, $posts, $questions, $medication_questions, $crisis, $unanswered)
        ON CONFLICT (day, topic, source, community) DO UPDATE SET
            posts = posts + excluded.posts,
            questions = questions + excluded.questions,
            medication_questions = medication_questions + excluded.medication_questions,
            crisis = crisis + excluded.crisis,
            unanswered = unanswered + excluded.unanswered;
        """;

    // A row whose last post moved elsewhere is removed, so empty keys do not pile up.
    private const string DeleteEmptySql =
        "DELETE FROM post_day_counts WHERE day = $day AND topic = $topic AND source = $source AND community = $community AND posts = 0;";

    private readonly Dictionary<RollupKey, RollupCounts> _deltas = [];

    // Posts of a batch cluster on a few days; converting each instant through the zone rules costs more than a lookup.
    private readonly Dictionary<long, int> _dayOfQuarter = [];

    public int Count => _deltas.Count;

    /// <summary>Records that a post went from <paramref name="before"/> (null: new) to <paramref name="after"/>.</summary>
    public void Move(string source, RollupRow? before, RollupRow? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is { } old)
        {
            Add(source, old, negate: true);
        }

        if (after is { } now)
        {
            Add(source, now, negate: false);
        }
    }

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (_deltas.Count == 0)
        {
            return;
        }

        using var upsert = Command(connection, transaction, UpsertSql, "$posts", "$questions", "$medication_questions", "$crisis", "$unanswered");
        using var deleteEmpty = Command(connection, transaction, DeleteEmptySql);
        foreach (var (key, counts) in _deltas)
        {
            if (counts.IsZero)
            {
                continue;
            }

            Bind(upsert, key);
            upsert.Parameters[4].Value = counts.Posts;
            upsert.Parameters[5].Value = counts.Questions;
            upsert.Parameters[6].Value = counts.MedicationQuestions;
            upsert.Parameters[7].Value = counts.Crisis;
            upsert.Parameters[8].Value = counts.Unanswered;
            upsert.ExecuteNonQuery();
            if (counts.Posts < 0)
            {
                Bind(deleteEmpty, key);
                deleteEmpty.ExecuteNonQuery();
            }
        }

        _deltas.Clear();
    }

    private void Add(string source, RollupRow row, bool negate)
    {
        if (row.Topic is null)
        {
            return;
        }

        var key = new RollupKey(DayOf(row.CreatedAt), row.Topic, source, row.Community);
        var counts = RollupCounts.Of(row);
        _deltas[key] = _deltas.GetValueOrDefault(key) + (negate ? -counts : counts);
    }

    // Zone offsets (since long before any post) are whole quarter hours and change on quarter-hour
    // boundaries, so every instant of one UTC quarter hour falls on the same local day.
    private int DayOf(long createdAt)
    {
        var quarter = Math.DivRem(createdAt, 900_000, out var rest) - (rest < 0 ? 1 : 0);
        if (!_dayOfQuarter.TryGetValue(quarter, out var day))
        {
            day = EpochDay.From(calendar.DayOf(SqliteTime.FromStored(quarter * 900_000)));
            _dayOfQuarter[quarter] = day;
        }

        return day;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] extra)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in (string[])["$day", "$topic", "$source", "$community", .. extra])
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, RollupKey key)
    {
        command.Parameters[0].Value = key.Day;
        command.Parameters[1].Value = key.Topic;
        command.Parameters[2].Value = key.Source;
        command.Parameters[3].Value = key.Community;
    }
}
