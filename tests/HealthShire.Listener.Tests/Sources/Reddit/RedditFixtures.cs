using System.Text;
using HealthShire.Listener.Sources.Reddit;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.Tests.Sources.Reddit;

/// <summary>Reads the hand-written fixtures beside these tests and the recorded samples, when present.</summary>
internal static class RedditFixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "HealthShire.Listener.Tests", "Sources", "Reddit", "Fixtures", name));

    public static Task<RedditListingResult> ReadAsync(string json) =>
        RedditListingReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), TestContext.Current.CancellationToken);

    public static async Task<RedditListingData> ListingAsync(string json)
    {
        var result = await ReadAsync(json);
        Assert.True(result.IsSuccess, result.FailureReason);
        return result.Listing;
    }

    /// <summary>A recorded sample under the shared data folder, or null when it is not there.</summary>
    public static string? Sample(string name) =>
        RepositoryPaths.SharedFile("api-samples/reddit/" + name) is { } path ? File.ReadAllText(path) : null;
}
