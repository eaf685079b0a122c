namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>A request the fake X server received.</summary>
/// <param name="Path">The path, e.g. /2/tweets/search/recent.</param>
/// <param name="Query">The query-string parameters (first value of each).</param>
/// <param name="Authorized">Whether it carried the expected bearer token.</param>
public sealed record FakeXRequest(string Path, IReadOnlyDictionary<string, string> Query, bool Authorized)
{
    public string? this[string parameter] => Query.TryGetValue(parameter, out var value) ? value : null;

    public bool IsSearch => Path == "/2/tweets/search/recent";

    public bool IsLookup => Path == "/2/tweets";
}
