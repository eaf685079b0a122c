namespace HealthShire.Listener.IntegrationTests.Fakes.X;

/// <summary>
/// The subset of X's query language the source uses: "(a OR "b c" OR #d) -is:retweet lang:en".
/// A term matches when the tweet text contains it, ignoring case.
/// </summary>
internal sealed record FakeXQuery(IReadOnlyList<string> Terms, bool ExcludeRetweets, string? Lang)
{
    public static FakeXQuery Parse(string query)
    {
        var terms = new List<string>();
        var excludeRetweets = false;
        string? lang = null;
        foreach (var token in Tokenize(query))
        {
            if (token == "-is:retweet")
            {
                excludeRetweets = true;
            }
            else if (token.StartsWith("lang:", StringComparison.Ordinal))
            {
                lang = token["lang:".Length..];
            }
            else if (token != "OR")
            {
                terms.Add(token);
            }
        }

        return new FakeXQuery(terms, excludeRetweets, lang);
    }

    public bool Matches(FakeTweet tweet) =>
        (!ExcludeRetweets || !tweet.IsRetweet)
        && (Lang is null || Lang == tweet.Lang)
        && Terms.Any(term => tweet.Text.Contains(term, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Tokenize(string query)
    {
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c is ' ' or '(' or ')')
            {
                i++;
            }
            else if (c == '"')
            {
                var end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                yield return query[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = query.IndexOfAny([' ', '(', ')'], i);
                end = end < 0 ? query.Length : end;
                yield return query[i..end];
                i = end;
            }
        }
    }
}
