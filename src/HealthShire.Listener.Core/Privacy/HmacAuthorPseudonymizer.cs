using System.Security.Cryptography;
using System.Text;

namespace HealthShire.Listener.Core.Privacy;

/// <summary>
/// HMAC-SHA256 of "source:author" under a secret key, shortened to 20 hex characters. The same
/// author gets the same pseudonym while the key is kept; without the key it cannot be reversed.
/// </summary>
public sealed class HmacAuthorPseudonymizer : IAuthorPseudonymizer
{
    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer for a key of at least 16 bytes.</summary>
    public HmacAuthorPseudonymizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("The pseudonym key must be at least 16 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <inheritdoc />
    public string? Pseudonymize(string source, string? author)
    {
        if (string.IsNullOrWhiteSpace(author) || author is "[deleted]" or "[removed]")
        {
            return null;
        }

        var input = Encoding.UTF8.GetBytes(source + ":" + author.Trim().ToUpperInvariant());
        var hash = HMACSHA256.HashData(_key, input);
        return Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
