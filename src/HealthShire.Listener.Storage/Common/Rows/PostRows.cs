using System.Data.Common;
using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Storage.Common.Rows;

/// <summary>The post store's read rows, each in the column order its comment gives.</summary>
internal static class PostRows
{
    /// <summary>The select list of <see cref="Text"/>'s rows.</summary>
    public const string TextColumns = "source, source_id, title, body, model_version, medications IS NOT NULL";

    /// <summary>source, community, COUNT(*), MAX(created_at).</summary>
    public static CommunityStatus Community(DbDataReader reader, TimeReader time) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.IsDBNull(3) ? null : time(reader, 3));

    /// <summary>source, key, value, updated_at.</summary>
    public static Checkpoint Checkpoint(DbDataReader reader, TimeReader time) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        time(reader, 3));

    /// <summary><see cref="TextColumns"/>.</summary>
    public static StoredPostText Text(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        DbRows.StringOrNull(reader, 4))
    {
        MedicationsTagged = reader.GetBoolean(5),
    };
}
