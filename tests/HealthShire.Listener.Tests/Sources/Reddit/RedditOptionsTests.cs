using HealthShire.Listener.Sources.Reddit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Tests.Sources.Reddit;

public sealed class RedditOptionsTests
{
    private const string UserAgent = "linux:healthshire-listener:0.1.0 (by /u/healthshire_listener)";

    [Fact]
    public void Bind_OnlyAUserAgent_GivesTheDocumentedDefaults()
    {
        var options = Bind(new() { ["Sources:Reddit:UserAgent"] = UserAgent });

        Assert.Equal(RedditOptions.DefaultSubreddits, options.Subreddits);
        Assert.Equal(
            (true, TimeSpan.FromMinutes(15), "https://oauth.reddit.com", "https://www.reddit.com", 1000, TimeSpan.FromDays(2), TimeSpan.FromSeconds(6), true),
            (options.Enabled, options.Interval, options.ApiBaseUrl, options.AuthBaseUrl, options.BackfillPosts, options.RefreshMaxAge, options.PublicMinRequestInterval, options.PacingEnabled));
        Assert.False(options.HasCredentials);
    }

    [Fact]
    public void Bind_ConfiguredSubreddits_ReplaceTheDefaults()
    {
        var options = Bind(new()
        {
            ["Sources:Reddit:UserAgent"] = UserAgent,
            ["Sources:Reddit:Subreddits:0"] = "ADHD",
            ["Sources:Reddit:Subreddits:1"] = "ptsd",
        });

        Assert.Equal(["ADHD", "ptsd"], options.Subreddits);
    }

    [Theory]
    [InlineData("ApiBaseUrl", "foo", "Sources:Reddit:ApiBaseUrl must be an absolute http(s) URL; got 'foo'.")]
    [InlineData("AuthBaseUrl", "ftp://example.org", "Sources:Reddit:AuthBaseUrl must be an absolute http(s) URL; got 'ftp://example.org'.")]
    [InlineData("UserAgent", "HealthShire/1.0", "Sources:Reddit:UserAgent must look like '<platform>:<app id>:<version> (by /u/<name>)'; got 'HealthShire/1.0'.")]
    [InlineData("BackfillPosts", "0", "Sources:Reddit:BackfillPosts must be between 1 and 1000; got '0'.")]
    [InlineData("BackfillPosts", "1001", "Sources:Reddit:BackfillPosts must be between 1 and 1000; got '1001'.")]
    [InlineData("Interval", "00:00:00", "Sources:Reddit:Interval must be more than zero; got '00:00:00'.")]
    [InlineData("PublicMinRequestInterval", "-00:00:01", "Sources:Reddit:PublicMinRequestInterval must be zero or more; got '-00:00:01'.")]
    [InlineData("Subreddits:0", "r/depression", "Sources:Reddit:Subreddits must hold subreddit names (2-21 letters, digits or '_', no 'r/'); got 'r/depression'.")]
    public void Validate_BadValue_NamesTheKeyAndTheValue(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Sources:Reddit:UserAgent"] = UserAgent,
            ["Sources:Reddit:" + key] = value,
        }));

        Assert.Contains(expected, error.Failures);
    }

    [Fact]
    public void Validate_OnlyOneCredential_FailsWithoutEchoingTheSecret()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Sources:Reddit:UserAgent"] = UserAgent,
            ["Sources:Reddit:ClientSecret"] = "s3cret-value",
        }));

        var failure = Assert.Single(error.Failures);
        Assert.Contains("Sources:Reddit:ClientId", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Disabled_AcceptsAnIncompleteSection()
    {
        var options = Bind(new() { ["Sources:Reddit:Enabled"] = "false" });

        Assert.False(options.Enabled);
    }

    private static RedditOptions Bind(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddRedditSource();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RedditOptions>>().Value;
    }
}
