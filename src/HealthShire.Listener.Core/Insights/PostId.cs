namespace HealthShire.Listener.Core.Insights;

/// <summary>The public id of a stored post: <c>{source}-{sourceId}</c>; source names contain no hyphen.</summary>
public static class PostId
{
    /// <summary>Formats the public id.</summary>
    public static string Format(string source, string sourceId) => source + "-" + sourceId;

    /// <summary>Splits a public id; false when it is not of that form.</summary>
    public static bool TryParse(string? id, out string source, out string sourceId)
    {
        var dash = id?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (id is null || dash <= 0 || dash == id.Length - 1)
        {
            source = sourceId = string.Empty;
            return false;
        }

        source = id[..dash];
        sourceId = id[(dash + 1)..];
        return true;
    }
}
