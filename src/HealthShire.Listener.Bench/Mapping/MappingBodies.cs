using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Bench.Mapping;

/// <summary>
/// Prepared answers in the real shapes: Mastodon hashtag-timeline pages (newest first, with the <c>Link</c> header that
/// pages back) and RSS 2.0 documents with <c>content:encoded</c>, their text HTML-encoded as the services send it.
/// </summary>
internal static class MappingBodies
{
    public const int StatusesPerPage = 40;
    private static readonly DateTimeOffset Newest = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The pages of one tag, keyed by the <c>max_id</c> that asks for them ("" for the first page).</summary>
    public static Dictionary<string, (byte[] Body, string? Link)> TimelinePages(
        string baseUrl, string tag, int statuses, long firstId, IReadOnlyList<PostText> texts)
    {
        var pages = new Dictionary<string, (byte[] Body, string? Link)>(StringComparer.Ordinal);
        var maxId = "";
        for (var start = 0; start < statuses; start += StatusesPerPage)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartArray();
                var end = Math.Min(start + StatusesPerPage, statuses);
                for (var i = start; i < end; i++)
                {
                    WriteStatus(json, baseUrl, tag, firstId + statuses - i, i, texts[(i + tag.Length) % texts.Count]);
                }

                json.WriteEndArray();
            }

            var oldest = (firstId + statuses - Math.Min(start + StatusesPerPage, statuses) + 1).ToString(CultureInfo.InvariantCulture);
            var root = $"{baseUrl}/api/v1/timelines/tag/{tag}";
            pages[maxId] = (buffer.ToArray(), $"<{root}?max_id={oldest}>; rel=\"next\", <{root}?min_id={firstId + statuses - start}>; rel=\"prev\"");
            maxId = oldest;
        }

        return pages;
    }

    public static byte[] RssFeed(string baseUrl, int feed, int items, IReadOnlyList<PostText> texts)
    {
        var xml = new StringBuilder(items * 1200);
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>""");
        xml.Append(CultureInfo.InvariantCulture, $"<title>Bench blog {feed}</title><link>{baseUrl}/blog/{feed}/</link><description>synthetic</description>");
        for (var i = 0; i < items; i++)
        {
            var text = texts[(i + feed * 7) % texts.Count];
            var link = $"https://blog{feed}.bench.example/{i}/";
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{WebUtility.HtmlEncode(text.Title)}</title><link>{link}</link>");
            xml.Append(CultureInfo.InvariantCulture, $"<dc:creator>writer{i % 50}</dc:creator><pubDate>{Newest.AddMinutes(-i):r}</pubDate>");
            xml.Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{link}?p={i}</guid><content:encoded><![CDATA[<p>");
            xml.Append(WebUtility.HtmlEncode(text.Body).Replace("]]>", "]]&gt;", StringComparison.Ordinal));
            xml.Append("</p><p><a href=\"https://example.invalid/more\">read more</a></p>]]></content:encoded></item>");
        }

        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static void WriteStatus(Utf8JsonWriter json, string baseUrl, string tag, long id, int index, PostText text)
    {
        var localId = id.ToString(CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteString("id", localId);
        json.WriteString("created_at", Newest.AddSeconds(-index).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        json.WriteNull("in_reply_to_id");
        json.WriteBoolean("sensitive", false);
        json.WriteString("spoiler_text", index % 10 == 0 ? text.Title : "");
        json.WriteString("visibility", "public");
        json.WriteString("language", "en");
        json.WriteString("uri", $"{baseUrl}/users/writer{index % 50}/statuses/{localId}");
        json.WriteString("url", $"{baseUrl}/@writer{index % 50}/{localId}");
        json.WriteNumber("replies_count", index % 4);
        json.WriteNumber("reblogs_count", 0);
        json.WriteNumber("favourites_count", index % 7);
        json.WriteString("content", $"<p>{WebUtility.HtmlEncode(text.Body)} <a href=\"{baseUrl}/tags/{tag}\" class=\"mention hashtag\" rel=\"tag\">#<span>{tag}</span></a></p>");
        json.WriteNull("reblog");
        json.WriteStartObject("account");
        json.WriteString("id", "1");
        json.WriteString("username", "writer" + (index % 50).ToString(CultureInfo.InvariantCulture));
        json.WriteString("acct", "writer" + (index % 50).ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteStartArray("media_attachments");
        json.WriteEndArray();
        json.WriteStartArray("tags");
        json.WriteStartObject();
        json.WriteString("name", tag);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
