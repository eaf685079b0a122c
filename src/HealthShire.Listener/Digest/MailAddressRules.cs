using MimeKit;

namespace HealthShire.Listener.Digest;

/// <summary>
/// What counts as a subscriber address: a bare <c>local@domain</c> that MimeKit parses to itself,
/// with a dot-atom local part and a domain of ordinary labels. Stricter than RFC 5322 on purpose:
/// quoted local parts, comments and IP literals are legal but in a subscriber list are typos.
/// </summary>
internal static class MailAddressRules
{
    private const string LocalSymbols = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > 254 ||
            !MailboxAddress.TryParse(address, out var mailbox) ||
            !string.IsNullOrEmpty(mailbox.Name) || !string.Equals(mailbox.Address, address, StringComparison.Ordinal))
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var local = address[..at].Split('.');
        var domain = address[(at + 1)..].Split('.');
        return local.All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || LocalSymbols.Contains(c, StringComparison.Ordinal)))
            && domain.Length >= 2
            && domain.All(IsDomainLabel);
    }

    /// <summary>The address with most of its local part hidden, for logs: <c>a***@clinic.example</c>.</summary>
    public static string Mask(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }

    private static bool IsDomainLabel(string label) =>
        label.Length is > 0 and <= 63 &&
        label[0] != '-' && label[^1] != '-' &&
        label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
