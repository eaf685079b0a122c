using System.Data.Common;
using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>The rows of a page of open questions or crisis posts. Nothing here reads, lists or filters by author.</summary>
internal static class ListedPostRows
{
    public static void ThrowIfInvalid(PostQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxAge, TimeSpan.Zero);
    }

    /// <summary>
    /// The oldest creation time the list shows: <see cref="PostQuery.MaxAge"/> before <paramref name="now"/>, or null (no
    /// lower bound) for an age that reaches back beyond the Unix epoch.
    /// </summary>
    public static DateTimeOffset? CreatedSince(PostQuery query, DateTimeOffset now) =>
        query.MaxAge >= now - DateTimeOffset.UnixEpoch ? null : now - query.MaxAge;

    public static void ThrowIfInvalid(PostSearch search)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.To, search.From);
    }

    /// <summary>The rows a page skips.</summary>
    public static long Offset(int page, int pageSize) => (long)(page - 1) * pageSize;

    /// <summary>
    /// source, source_id, community, topic, title, the body's first <see cref="Excerpt.ReadLength"/> characters,
    /// whether the body is longer, url, created_at, reply_count, score, is_medication_question, medications (the
    /// stored column, NULL or empty for none), is_question, is_medication, is_crisis.
    /// </summary>
    public static ListedPost Read(DbDataReader reader, TimeReader time) => new(
        PostId.Format(reader.GetString(0), reader.GetString(1)),
        reader.GetString(0),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        Excerpt.Of(reader.GetString(5), reader.GetBoolean(6)),
        reader.GetString(7),
        time(reader, 8),
        reader.GetInt32(9),
        reader.GetInt32(10),
        DbRows.IsSet(reader, 11))
    {
        Medications = MedicationNames(DbRows.StringOrNull(reader, 12)),
        Intents = IntentNames(DbRows.IsSet(reader, 13), DbRows.IsSet(reader, 14), DbRows.IsSet(reader, 11), DbRows.IsSet(reader, 15)),
    };

    private static List<string> IntentNames(bool question, bool medication, bool medicationQuestion, bool crisis)
    {
        List<string> names = [];
        foreach (var (name, set) in new[] { ("question", question), ("medication", medication), ("medication_question", medicationQuestion), ("crisis", crisis) })
        {
            if (set)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The names of a stored <c>medications</c> column (<see cref="Posts.TagColumns.Medications"/>).</summary>
    public static IReadOnlyList<string> MedicationNames(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',');
}
