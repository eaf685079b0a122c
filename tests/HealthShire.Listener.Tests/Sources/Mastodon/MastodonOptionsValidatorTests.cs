using HealthShire.Listener.Sources.Mastodon;

namespace HealthShire.Listener.Tests.Sources.Mastodon;

public sealed class MastodonOptionsValidatorTests
{
    [Fact]
    public void Validate_DisabledDefault_Succeeds()
    {
        var options = new MastodonOptions();

        Assert.False(options.Enabled);
        Assert.True(new MastodonOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_EnabledWithBadInstance_NamesEachKeyAndValue()
    {
        var options = new MastodonOptions { Enabled = true, PageSize = 80 };
        options.Instances.Add(new MastodonInstanceOptions { BaseUrl = "ftp://mastodon.example", Tags = ["#depression", "ok_tag"] });
        options.Instances.Add(new MastodonInstanceOptions { BaseUrl = "https://mastodon.example" });

        var failures = new MastodonOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

        Assert.Contains(failures, f => f.Contains("Sources:Mastodon:Instances:0:BaseUrl", StringComparison.Ordinal) && f.Contains("ftp://", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Sources:Mastodon:Instances:0:Tags", StringComparison.Ordinal) && f.Contains("'#depression'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Sources:Mastodon:Instances:1:Tags must name at least one", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Sources:Mastodon:PageSize", StringComparison.Ordinal) && f.Contains("'80'", StringComparison.Ordinal));
        Assert.Equal(4, failures.Count);
    }

    [Fact]
    public void Validate_EnabledWithoutInstances_Fails()
    {
        var result = new MastodonOptionsValidator().Validate(null, new MastodonOptions { Enabled = true });

        Assert.Contains("Sources:Mastodon:Instances must name at least one instance", result.FailureMessage, StringComparison.Ordinal);
    }
}
