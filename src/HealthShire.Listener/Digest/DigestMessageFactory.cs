using System.Security.Cryptography;
using System.Text;
using HealthShire.Listener.Core.Digest;
using MimeKit;

namespace HealthShire.Listener.Digest;

/// <summary>Builds the multipart/alternative message (plain text first, HTML preferred) for one subscriber.</summary>
internal static class DigestMessageFactory
{
    public static MimeMessage Create(DigestContent content, DigestWeek week, string from, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage
        {
            Subject = DigestFormat.Subject(content),
            Date = now,
            // The same id for the same subscriber and week, so a forced resend threads with the first.
            MessageId = $"digest.{week}.{AddressHash(content.Subscriber.Address)}@{Domain(sender.Address)}",
        };
        message.From.Add(sender);
        message.To.Add(new MailboxAddress(content.Subscriber.DisplayName, content.Subscriber.Address));
        message.Headers.Add("List-Unsubscribe", $"<mailto:{sender.Address}?subject=unsubscribe>");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder
        {
            TextBody = DigestTextRenderer.Render(content),
            HtmlBody = DigestHtmlRenderer.Render(content),
        }.ToMessageBody();
        return message;
    }

    /// <summary>The bare address of a <c>Digest:From</c> value, or empty when it does not parse.</summary>
    public static string SenderAddress(string from) =>
        MailboxAddress.TryParse(from, out var mailbox) ? mailbox.Address : string.Empty;

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    private static string AddressHash(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.ToLowerInvariant())))[..16];
}
