using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text;

namespace HealthShire.Listener.Sources.Text;

/// <summary>
/// Turns the HTML that Mastodon statuses and blog feeds carry into plain text: entities decoded, markup, scripts and
/// styles dropped, paragraphs and line breaks kept as line breaks. The result is data, never markup to render.
/// </summary>
internal static class HtmlText
{
    // Elements whose content is never text a person wrote for readers.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title", "select",
    };

    // Elements that end a line of text.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
    };

    // Elements that stand as paragraphs of their own, with an empty line around them.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    };

    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("<&\r\0");

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        // Plain text (a typical feed title) needs no parser: with no markup, entity or character the parser would
        // rewrite, the parsed text is the input itself.
        if (html.AsSpan().IndexOfAny(MarkupStarts) < 0)
        {
            return Tidy(new StringBuilder(html));
        }

        using var document = Parser.ParseDocument(html);
        var text = new StringBuilder(html.Length);
        if (document.Body is { } body)
        {
            Append(body, text);
        }

        return Tidy(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    text.Append('\n');
                    break;
                case IElement e when Paragraphs.Contains(e.LocalName):
                    text.Append("\n\n");
                    Append(e, text);
                    text.Append("\n\n");
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append('\n');
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }

    // Runs of spaces fold to one and lines are trimmed; up to two line ends in a row are a line break, more are a
    // paragraph break (one empty line).
    private static string Tidy(StringBuilder raw)
    {
        var lines = raw.ToString().Split('\n');
        var result = new StringBuilder(raw.Length);
        var blankRun = 0;
        foreach (var line in lines)
        {
            var folded = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (folded.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankRun >= 2 ? "\n\n" : "\n");
            }

            result.Append(folded);
            blankRun = 0;
        }

        return result.ToString();
    }
}
