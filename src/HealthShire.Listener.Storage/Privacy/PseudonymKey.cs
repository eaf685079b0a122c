using System.Globalization;

namespace HealthShire.Listener.Storage.Privacy;

/// <summary>Reads a pseudonym key written as hex or base64.</summary>
internal static class PseudonymKey
{
    public const int MinimumBytes = 16;

    public const int GeneratedBytes = 32;

    /// <summary>
    /// Hex wins when the text holds only hex digits, because such text is usually valid base64 too
    /// and would otherwise decode to different bytes than the operator meant.
    /// </summary>
    public static bool TryParse(string? text, out byte[] key)
    {
        key = [];
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        byte[] bytes;
        if (trimmed.Length % 2 == 0 && trimmed.All(char.IsAsciiHexDigit))
        {
            bytes = Convert.FromHexString(trimmed);
        }
        else
        {
            var buffer = new byte[trimmed.Length];
            if (!Convert.TryFromBase64String(trimmed, buffer, out var written))
            {
                return false;
            }

            bytes = buffer[..written];
        }

        if (bytes.Length < MinimumBytes)
        {
            return false;
        }

        key = bytes;
        return true;
    }

    /// <summary>Describes the configured value without revealing it.</summary>
    public static string Describe(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"a value of {text.Trim().Length} characters");
}
