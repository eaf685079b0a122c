using System.Security.Cryptography;
using System.Text;

namespace HealthShire.Listener.Classifier.Training;

/// <summary>Deterministic splits by a hash of the post id, so a post lands on the same side on every run.</summary>
internal static class DataSplit
{
    public const int ValidationPercent = 20;
    public const int Folds = 5;

    /// <summary>Segments of one post ("abc123:0-4") share the post id, so they stay on one side.</summary>
    public static bool IsValidation(string id) => Bucket("validation:", id, 100) < ValidationPercent;

    public static int FoldOf(string id) => Bucket("fold:", id, Folds);

    private static int Bucket(string salt, string id, int buckets)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var postId = colon > 0 ? id[..colon] : id;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(salt + postId));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)buckets);
    }
}
