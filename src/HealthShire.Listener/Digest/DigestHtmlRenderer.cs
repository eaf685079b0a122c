using System.Globalization;
using System.Net;
using System.Text;

namespace HealthShire.Listener.Digest;

/// <summary>
/// The digest as an HTML e-mail: table layout with inline styles, as mail clients need. Every piece
/// of post text is HTML-encoded and shortened here; links are only absolute http(s) URLs.
/// </summary>
internal static class DigestHtmlRenderer
{
    private const string Muted = "color:#5f6b7a;font-size:12px";
    private const string Heading = "margin:24px 0 8px;font-size:17px;color:#1d4f91";

    public static string Render(DigestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder(16 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(DigestFormat.Subject(content))}</title></head>
            <body style="margin:0;padding:0;background-color:#eef2f6">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef2f6"><tr><td align="center" style="padding:16px 8px">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1f2933">
            <tr><td bgcolor="#1d4f91" style="padding:18px 24px;background-color:#1d4f91;color:#ffffff">
            <div style="font-size:20px;font-weight:bold">HealthShire weekly digest</div>
            <div style="font-size:13px">{E(DigestFormat.Range(content.WeekStart, content.WeekEnd))}</div></td></tr>
            <tr><td style="padding:8px 24px 24px">
            <p>{E(DigestFormat.Greeting(content))}</p>
            <p>Here is what people wrote about in your topics last week, and where a provider's answer could help.</p>
            """);
        WriteTopics(html, content);
        WriteRising(html, content);
        WriteQuestions(html, content);
        WriteCrisis(html, content);
        html.Append(CultureInfo.InvariantCulture, $"""
            <p style="{Muted};margin-top:28px;border-top:1px solid #d5dde6;padding-top:12px">{E(DigestFormat.Unsubscribe(content))}</p>
            </td></tr></table></td></tr></table></body></html>
            """);
        return html.ToString();
    }

    private static void WriteTopics(StringBuilder html, DigestContent content)
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2 style="{Heading}">Posts per topic</h2>
            <table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse">
            <tr style="{Muted}"><td>Topic</td><td align="right">Last week</td><td align="right">Change</td><td>Last {DigestComposer.ChartWeeks} weeks</td></tr>
            """);
        var peak = DigestHtmlChart.Peak(content.Topics.Select(topic => topic.Weeks));
        foreach (var topic in content.Topics)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<tr style="border-top:1px solid #e4e9ef"><td>{E(DigestFormat.TopicName(topic.Topic))}</td>""");
            html.Append(CultureInfo.InvariantCulture, $"""<td align="right"><b>{DigestFormat.Number(topic.Latest.Posts)}</b></td>""");
            html.Append(CultureInfo.InvariantCulture, $"""<td align="right">{E(DigestFormat.Change(topic.Change, topic.Latest.Posts))}</td><td>""");
            DigestHtmlChart.Write(html, topic.Weeks, peak);
            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteRising(StringBuilder html, DigestContent content)
    {
        if (!Section(html, "Rising topics", content.Rising.Count == 0, "No topic was unusually busy last week."))
        {
            return;
        }

        html.Append("<ul style=\"padding-left:20px;margin:0\">");
        foreach (var rising in content.Rising)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(DigestFormat.TopicName(rising.Topic))}</b>: {E(DigestText.RisingLine(rising))}</li>");
        }

        html.Append("</ul>\n");
    }

    private static void WriteQuestions(StringBuilder html, DigestContent content)
    {
        if (!Section(html, "Open questions", content.Questions.Count == 0, "No open questions in your topics right now."))
        {
            return;
        }

        foreach (var topic in content.Questions)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<h3 style="margin:16px 0 6px;font-size:15px">{E(DigestFormat.TopicName(topic.Topic))} <span style="{Muted};font-weight:normal">({E(DigestText.Showing(topic))})</span></h3>""");
            foreach (var post in topic.Items)
            {
                var title = E(DigestFormat.Shorten(post.Title.Length > 0 ? post.Title : post.Excerpt, DigestFormat.TitleLength));
                var url = DigestFormat.SafeUrl(post.Url);
                html.Append("<p style=\"margin:0 0 12px\">");
                html.Append(url is null ? $"<b>{title}</b>" : $"""<a href="{E(url)}" style="color:#1d4f91;font-weight:bold">{title}</a>""");
                if (post.Excerpt.Length > 0 && post.Title.Length > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br>{E(DigestFormat.Shorten(post.Excerpt, DigestFormat.ExcerptLength))}");
                }

                html.Append(CultureInfo.InvariantCulture, $"""<br><span style="{Muted}">{E(DigestText.Meta(post))}</span></p>""");
            }
        }
    }

    private static void WriteCrisis(StringBuilder html, DigestContent content)
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <table role="presentation" width="100%" cellpadding="12" cellspacing="0" border="0" style="margin-top:24px">
            <tr><td bgcolor="#fff4e5" style="background-color:#fff4e5;border-left:4px solid #c77700">
            <b>{E(DigestText.CrisisLine(content))}</b><br>{E(content.CrisisResourcesText).ReplaceLineEndings("<br>")}
            </td></tr></table>
            """);
    }

    /// <summary>Writes a section heading, and the sentence that stands in for an empty section.</summary>
    /// <returns>False when the section is empty.</returns>
    private static bool Section(StringBuilder html, string title, bool empty, string emptyText)
    {
        html.Append(CultureInfo.InvariantCulture, $"""<h2 style="{Heading}">{E(title)}</h2>""");
        if (empty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(emptyText)}</p>\n");
        }

        return !empty;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
