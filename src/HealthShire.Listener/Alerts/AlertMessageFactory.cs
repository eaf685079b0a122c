using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Digest;
using MimeKit;

namespace HealthShire.Listener.Alerts;

/// <summary>
/// Builds one alert e-mail (plain text first, HTML preferred), from the digest's sender. Every name is HTML-encoded;
/// no post text is ever part of it, and a crisis alert holds counts and a link to the dashboard's crisis view only.
/// </summary>
internal static class AlertMessageFactory
{
    public static MimeMessage Create(AlertFiring firing, string to, string from, string dashboardUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage
        {
            Subject = AlertText.Subject(firing),
            Date = now,
            // One id per rule, subject and week: a resend after a cut-off attempt can be dropped by a mail system.
            MessageId = string.Create(CultureInfo.InvariantCulture, $"alert.{firing.Rule.Id}.{firing.Period}.{Hash(firing.Measure.Subject)}@{sender.Domain}"),
        };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var link = Link(firing, dashboardUrl);
        message.Body = new BodyBuilder { TextBody = Text(firing, link), HtmlBody = Html(firing, link) }.ToMessageBody();
        return message;
    }

    private static string Text(AlertFiring firing, string? link) =>
        string.Join(
            "\n\n",
            new[] { AlertText.Subject(firing), AlertText.Summary(firing), AlertText.Next(firing), link, AlertText.Footer(firing) }.OfType<string>())
        + "\n";

    private static string Html(AlertFiring firing, string? link)
    {
        var html = new StringBuilder(2048);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(AlertText.Subject(firing))}</title></head>
            <body style="margin:0;padding:16px;background-color:#eef2f6;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1f2933">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;background-color:#ffffff">
            <tr><td bgcolor="#1d4f91" style="padding:14px 20px;background-color:#1d4f91;color:#ffffff;font-size:18px;font-weight:bold">{E(AlertText.Subject(firing))}</td></tr>
            <tr><td style="padding:12px 20px">
            <p>{E(AlertText.Summary(firing))}</p>
            <p>{E(AlertText.Next(firing))}</p>
            """);
        if (link is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<p><a href="{E(link)}" style="color:#1d4f91;font-weight:bold">Open the dashboard</a></p>""");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <p style="color:#5f6b7a;font-size:12px;border-top:1px solid #d5dde6;padding-top:10px">{E(AlertText.Footer(firing))}</p>
            </td></tr></table></body></html>
            """);
        return html.ToString();
    }

    // The crisis view for crisis alerts, the dashboard otherwise; nothing when no dashboard address is configured.
    private static string? Link(AlertFiring firing, string dashboardUrl) =>
        dashboardUrl.Length == 0 ? null
        : firing.Rule.Kind == AlertKind.Crisis ? dashboardUrl.TrimEnd('/') + "/#crisis"
        : dashboardUrl;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Hash(string subject) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..12];
}
