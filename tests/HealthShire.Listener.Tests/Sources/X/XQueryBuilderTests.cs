using HealthShire.Listener.Sources.X;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XQueryBuilderTests
{
    [Fact]
    public void Build_Defaults_CoverEveryTopicUnderTheLengthLimit()
    {
        var queries = XQueryBuilder.Build(XDefaultQueries.All);

        Assert.Subset(
            queries.Select(q => q.Name).ToHashSet(),
            new HashSet<string> { "depression", "adhd", "anxiety", "bipolar", "ptsd", "eating_disorder", "self_harm_suicide", "addiction", "medication" });
        Assert.All(queries, q => Assert.InRange(q.Text.Length, 1, XQueryBuilder.MaxQueryLength));
        Assert.All(queries, q => Assert.EndsWith(") -is:retweet lang:en", q.Text, StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Text.Contains("\"my meds\"", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Text.Contains(" OR sertraline OR ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sertraline", "sertraline")]
    [InlineData("#ADHD", "#ADHD")]
    [InlineData("  my   meds ", "\"my meds\"")]
    [InlineData("self-harm", "\"self-harm\"")]
    [InlineData("lang:fr", "\"lang:fr\"")]
    [InlineData("or", "\"or\"")]
    public void FormatTerm_Term_QuotesPhrasesAndOperators(string term, string expected) =>
        Assert.Equal(expected, XQueryBuilder.FormatTerm(term));

    [Fact]
    public void Build_GroupTooLongForOneQuery_SplitsIntoNumberedQueriesKeepingEveryTermOnce()
    {
        var group = new XQueryOptions { Name = "adhd" };
        for (var i = 0; i < 96; i++)
        {
            group.Terms.Add($"adhdterm{i:D3}");
        }

        group.Terms.Add("ADHDTERM000");
        var queries = XQueryBuilder.Build([group]);

        Assert.Equal(["adhd", "adhd-2", "adhd-3"], queries.Select(q => q.Name));
        Assert.All(queries, q => Assert.InRange(q.Text.Length, XQueryBuilder.MaxQueryLength - 20, XQueryBuilder.MaxQueryLength));
        var terms = queries
            .SelectMany(q => q.Text[1..q.Text.IndexOf(')', StringComparison.Ordinal)].Split(" OR "))
            .ToList();
        Assert.Equal(group.Terms.Take(96), terms);
    }

    [Fact]
    public void Build_TermsThatJustFit_MakeOneQueryOfExactlyTheLimit()
    {
        var overhead = XQueryBuilder.Compose(["x"]).Length - 1;
        var group = new XQueryOptions { Name = "long" };
        group.Terms.Add(new string('a', XQueryBuilder.MaxQueryLength - overhead));

        var query = Assert.Single(XQueryBuilder.Build([group]));

        Assert.Equal(XQueryBuilder.MaxQueryLength, query.Text.Length);
    }
}
