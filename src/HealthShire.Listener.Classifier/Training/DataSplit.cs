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

    /// <summary>The half of the unjudged self-harm posts that train the crisis head as weak positives.</summary>
    public static bool IsWeakCrisis(string id) => Bucket("weak-crisis:", id, 2) == 0;

    /// <summary>
    /// For a file labelled per user without a user column (tweets): each row's timeline, a run of rows whose created_utc
    /// never rises in file order (one user's tweets, newest first). A timeline is held out or trained on as a whole, so
    /// no user's tweets sit on both sides. Null when a row has no created_utc.
    /// </summary>
    public static int[]? Timelines(IReadOnlyList<Data.LabelledPost> posts)
    {
        var timelines = new int[posts.Count];
        var current = 0;
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i].CreatedUtc is not { } created)
            {
                return null;
            }

            if (i > 0 && created > posts[i - 1].CreatedUtc)
            {
                current++;
            }

            timelines[i] = current;
        }

        return timelines;
    }

    public static bool IsValidationTimeline(int timeline) =>
        Bucket("validation:", "timeline-" + timeline.ToString(System.Globalization.CultureInfo.InvariantCulture), 100) < ValidationPercent;

    private static int Bucket(string salt, string id, int buckets)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var postId = colon > 0 ? id[..colon] : id;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(salt + postId));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)buckets);
    }
}
