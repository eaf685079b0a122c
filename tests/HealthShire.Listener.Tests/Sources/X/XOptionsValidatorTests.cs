using HealthShire.Listener.Sources.X;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XOptionsValidatorTests
{
    private readonly XOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(_validator.Validate(null, new XOptions()).Succeeded);

    [Fact]
    public void Validate_BadValues_NamesEachKeyAndValue()
    {
        var options = new XOptions
        {
            BaseUrl = "ftp://example.org",
            Interval = TimeSpan.Zero,
            MonthlyReadBudget = -1,
            BackfillPosts = 5,
        };

        var failures = _validator.Validate(null, options).Failures ?? [];

        Assert.Contains("Sources:X:BaseUrl must be an absolute http or https URL, not 'ftp://example.org'.", failures);
        Assert.Contains(failures, f => f.StartsWith("Sources:X:Interval", StringComparison.Ordinal) && f.Contains("'00:00:00'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Sources:X:MonthlyReadBudget", StringComparison.Ordinal) && f.Contains("'-1'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Sources:X:BackfillPosts", StringComparison.Ordinal) && f.Contains("'5'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Depression", "ok", "Sources:X:Queries:0:Name")]
    [InlineData("status", "ok", "Sources:X:Queries:0:Name")]
    [InlineData("meds", "say \"hi\"", "Sources:X:Queries:0:Terms:0")]
    public void Validate_BadQuery_NamesTheQueryKey(string name, string term, string key)
    {
        var options = new XOptions();
        var query = new XQueryOptions { Name = name };
        query.Terms.Add(term);
        options.Queries.Add(query);

        var failures = _validator.Validate(null, options).Failures ?? [];

        Assert.Contains(failures, f => f.StartsWith(key, StringComparison.Ordinal) && f.Contains(name == "meds" ? term : name, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SplitNameCollidesWithAConfiguredGroup_Fails()
    {
        var options = new XOptions();
        var big = new XQueryOptions { Name = "meds" };
        for (var i = 0; i < 60; i++)
        {
            big.Terms.Add($"medicationterm{i}");
        }

        var clash = new XQueryOptions { Name = "meds-2" };
        clash.Terms.Add("lithium");
        options.Queries.Add(big);
        options.Queries.Add(clash);

        var failures = _validator.Validate(null, options).Failures ?? [];

        Assert.Contains(failures, f => f.Contains("'meds-2' twice", StringComparison.Ordinal));
    }
}
