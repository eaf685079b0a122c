namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>Orders decimal tweet ids numerically: by length, then by text.</summary>
internal sealed class TweetIdComparer : IComparer<string>
{
    public static readonly TweetIdComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var byLength = (x?.Length ?? 0).CompareTo(y?.Length ?? 0);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
