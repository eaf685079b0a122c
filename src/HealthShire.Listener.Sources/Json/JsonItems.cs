using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HealthShire.Listener.Sources.Json;

/// <summary>
/// Reads the items of a JSON array one by one, so that one unreadable item (a mistyped field, an invalid escape) is
/// skipped and named by its id and field while the others are kept.
/// </summary>
internal static class JsonItems
{
    /// <summary>The readable items; each unreadable one adds a line to <paramref name="skipped"/>.</summary>
    /// <param name="array">The JSON array.</param>
    /// <param name="type">How one item is read.</param>
    /// <param name="what">What an item is called in the line: <c>post</c>, <c>tweet</c>.</param>
    /// <param name="idOf">Where an item's id is, when it has one.</param>
    /// <param name="skipped">Collects one line per skipped item.</param>
    public static List<T> ReadEach<T>(JsonElement array, JsonTypeInfo<T> type, string what, Func<JsonElement, JsonElement?> idOf, List<string> skipped)
    {
        var items = new List<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            try
            {
                if (element.Deserialize(type) is { } item)
                {
                    items.Add(item);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                var id = idOf(element) is { } raw ? raw.GetRawText().Trim('"') : "(no id)";
                var field = ex is JsonException { Path: { Length: > 0 } path } ? path : "a text field";
                skipped.Add($"{what} '{id}': {field} could not be read ({ex.GetType().Name})");
            }
        }

        return items;
    }

    /// <summary>The named property of an object, if it is one and has it.</summary>
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
}
