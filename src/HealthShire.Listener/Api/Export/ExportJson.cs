using System.Buffers;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Api.Export;

/// <summary>
/// The export as one JSON object, <c>{"from","to","topic","weekly":[series…],"posts":[post…]}</c>,
/// written in chunks so a large export never sits whole in memory.
/// </summary>
internal static class ExportJson
{
    private const int PostsPerChunk = 500;

    public static async Task WriteAsync(
        ExportQuery query,
        IReadOnlyList<TrendSeries> weekly,
        IAsyncEnumerable<ExportedPost> posts,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("from", query.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("to", query.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("topic", query.Topic);
        json.WritePropertyName("weekly");
        JsonSerializer.Serialize(json, weekly, ApiJsonContext.Default.IReadOnlyListTrendSeries);
        json.WriteStartArray("posts");
        var inChunk = 0;
        await foreach (var post in posts.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, post, ExportJsonContext.Default.ExportedPost);
            if (++inChunk == PostsPerChunk)
            {
                await DrainAsync(json, buffer, output);
                inChunk = 0;
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await DrainAsync(json, buffer, output);
    }

    private static async Task DrainAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        await json.FlushAsync();
        await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
