using System.ServiceModel.Syndication;
using System.Xml;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Parses an RSS 2.0 or Atom 1.0 document with System.ServiceModel.Syndication. The XML is hostile: no DTD is
/// processed and nothing external is resolved; a date or address the library cannot read becomes "none" rather than
/// failing the whole feed.
/// </summary>
internal static class FeedParser
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        Async = false,
    };

    /// <summary>The feed, or null with the reason when the document is not well-formed RSS or Atom.</summary>
    public static SyndicationFeed? TryParse(Stream content, out string? failureReason)
    {
        failureReason = null;
        try
        {
            using var reader = XmlReader.Create(content, ReaderSettings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                formatter = new Rss20FeedFormatter();
            }

            if (!formatter.CanRead(reader))
            {
                failureReason = $"the document is neither RSS 2.0 nor Atom (root element '{reader.LocalName}')";
                return null;
            }

            Tolerate(formatter);
            formatter.ReadFrom(reader);
            return formatter.Feed;
        }
        catch (XmlException ex)
        {
            failureReason = $"the document is not well-formed XML ({ex.Message})";
            return null;
        }
    }

    private static void Tolerate(SyndicationFeedFormatter formatter)
    {
        var dates = formatter.DateTimeParser;
        formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (TryDefault(dates, data, out value) || FeedDates.TryParse(data.DateTimeString, out value))
            {
                return true;
            }

            value = DateTimeOffset.MinValue;
            return true;
        };
        formatter.UriParser = (XmlUriData data, out Uri? uri) =>
        {
            if (!Uri.TryCreate(data.UriString?.Trim(), data.UriKind, out uri))
            {
                uri = new Uri("", UriKind.Relative);
            }

            return true;
        };
    }

    private static bool TryDefault(TryParseDateTimeCallback? parser, XmlDateTimeData data, out DateTimeOffset value)
    {
        value = default;
        try
        {
            return parser is not null && parser(data, out value);
        }
        catch (Exception ex) when (ex is FormatException or XmlException or ArgumentException)
        {
            return false;
        }
    }
}
