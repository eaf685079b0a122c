using System.Text.Json;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Reads a timeline answer (a JSON array of statuses). A body that is not an array is a failure; an entry that is not
/// a status is counted and skipped, so one bad entry does not cost the page.
/// </summary>
internal static class MastodonTimelineReader
{
    public static async Task<(List<MastodonStatus>? Statuses, int Malformed, string? FailureReason)> ReadAsync(
        Stream content,
        CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return (null, 0, $"the answer is not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (null, 0, $"the answer is not a list of statuses (a JSON {document.RootElement.ValueKind})");
            }

            var statuses = new List<MastodonStatus>(document.RootElement.GetArrayLength());
            var malformed = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (TryRead(element) is { } status)
                {
                    statuses.Add(status);
                }
                else
                {
                    malformed++;
                }
            }

            return (statuses, malformed, null);
        }
    }

    /// <summary>One status, or null when the element is not an object of the expected shape.</summary>
    public static MastodonStatus? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize(MastodonJsonContext.Default.MastodonStatus);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
