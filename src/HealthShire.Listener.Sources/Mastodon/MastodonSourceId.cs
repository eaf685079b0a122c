using System.Buffers.Text;
using System.Text;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// The stored id of a status: its ActivityPub <c>uri</c> in base64url. The uri is the same on every instance that
/// federates the status, so a status seen under two tags or on two instances is one post; the encoding keeps the id
/// free of '/' and ':' (it appears in API paths) and reversible, so a refresh knows which server to ask.
/// </summary>
internal static class MastodonSourceId
{
    public static string For(string uri) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(uri));

    public static string? TryGetUri(string sourceId)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(sourceId));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
