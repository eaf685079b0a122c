using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Links;
using HealthShire.Listener.Sources.Text;

namespace HealthShire.Listener.Sources.Feeds;

/// <summary>
/// Turns a feed entry into a post. Titles and bodies are hostile HTML and become plain text. The stored id is a hash
/// of the entry's id (RSS <c>guid</c>, Atom <c>id</c>, else its link): of the id alone when it is an absolute address
/// or URN (the same entry in two feeds is one post), else of the feed's address and the id (ids like "123" are only
/// unique within their feed).
/// </summary>
internal static class FeedEntryMapper
{
    public const string SourceName = "blog";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static bool TryMap(
        SyndicationItem item,
        FeedOptions feed,
        Uri feedUrl,
        DateTimeOffset readAt,
        IAuthorPseudonymizer pseudonymizer,
        [NotNullWhen(true)] out Post? post,
        [NotNullWhen(false)] out string? skipReason)
    {
        post = null;
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        var entryId = string.IsNullOrWhiteSpace(item.Id) ? link?.OriginalString : item.Id.Trim();
        if (string.IsNullOrWhiteSpace(entryId))
        {
            skipReason = "it has neither an id nor a link";
            return false;
        }

        var body = HtmlText.ToPlainText(ContentOf(item));
        var title = HtmlText.ToPlainText(item.Title?.Text);
        if (body.Length == 0 && title.Length == 0)
        {
            skipReason = "it has no text";
            return false;
        }

        skipReason = null;
        var created = item.PublishDate > DateTimeOffset.MinValue ? item.PublishDate
            : item.LastUpdatedTime > DateTimeOffset.MinValue ? item.LastUpdatedTime
            : readAt;
        post = new Post(
            SourceName,
            SourceIdFor(entryId, feedUrl),
            feed.Name,
            title,
            body,
            pseudonymizer.Pseudonymize(SourceName, AuthorOf(item, feedUrl)),
            link is { IsAbsoluteUri: true } ? PostLinks.FromAbsoluteOwnHost(link.AbsoluteUri) : string.Empty,
            created.ToUniversalTime(),
            0,
            0,
            PostFlags.None);
        return true;
    }

    public static string SourceIdFor(string entryId, Uri feedUrl)
    {
        var globallyUnique = Uri.TryCreate(entryId, UriKind.Absolute, out _);
        var key = globallyUnique ? entryId : feedUrl.AbsoluteUri + "\n" + entryId;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    // RSS full text is in content:encoded (WordPress, Tumblr); Atom's is <content>, else the summary.
    private static string? ContentOf(SyndicationItem item)
    {
        var encoded = ReadExtension(item, "encoded", ContentNamespace);
        if (!string.IsNullOrWhiteSpace(encoded))
        {
            return encoded;
        }

        return item.Content switch
        {
            TextSyndicationContent text when !string.IsNullOrWhiteSpace(text.Text) => text.Text,
            _ => item.Summary?.Text,
        };
    }

    // Authors are pseudonymised with the feed's host, so the same name on two blogs is two people.
    private static string? AuthorOf(SyndicationItem item, Uri feedUrl)
    {
        var person = item.Authors.FirstOrDefault();
        var name = person?.Name ?? person?.Email ?? ReadExtension(item, "creator", DublinCoreNamespace);
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLowerInvariant() + "@" + feedUrl.IdnHost;
    }

    private static string? ReadExtension(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == name && extension.OuterNamespace == ns)
            {
                try
                {
                    using var reader = extension.GetReader();
                    return reader.ReadElementContentAsString();
                }
                catch (XmlException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
