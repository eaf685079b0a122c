using HealthShire.Listener.Sources.Bluesky;

namespace HealthShire.Listener.Tests.Sources.Bluesky;

public sealed class BlueskyOptionsValidatorTests
{
    private readonly BlueskyOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_SucceedAndLeaveTheSourceOff()
    {
        var options = new BlueskyOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.False(options.Enabled);
    }

    [Fact]
    public void Validate_EnabledWithoutTermGroups_NamesTheKey()
    {
        var failures = _validator.Validate(null, new BlueskyOptions { Enabled = true }).Failures ?? [];

        Assert.Contains(failures, f => f.StartsWith("Sources:Bluesky:Terms must hold at least one term group", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadValues_NameEachKeyAndValue()
    {
        var options = new BlueskyOptions
        {
            JetstreamUrl = "https://jetstream.example/subscribe",
            Protocol = "v2",
            PassDuration = TimeSpan.Zero,
            BatchSize = 0,
        };
        options.Terms.Add(new BlueskyTermGroup { Name = "Bad Name" });
        options.Terms.Add(new BlueskyTermGroup { Name = "jetstream" });

        var failures = _validator.Validate(null, options).Failures ?? [];

        Assert.Contains("Sources:Bluesky:JetstreamUrl must be an absolute ws or wss URL, not 'https://jetstream.example/subscribe'.", failures);
        Assert.Contains("Sources:Bluesky:Protocol must be 'v1', not 'v2'.", failures);
        Assert.Contains(failures, f => f.StartsWith("Sources:Bluesky:PassDuration", StringComparison.Ordinal) && f.Contains("'00:00:00'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Sources:Bluesky:BatchSize", StringComparison.Ordinal) && f.Contains("'0'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Sources:Bluesky:Terms:0:Name", StringComparison.Ordinal) && f.Contains("'Bad Name'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Sources:Bluesky:Terms:1:Name", StringComparison.Ordinal));
        Assert.Contains("Sources:Bluesky:Terms:0:Terms must hold at least one term.", failures);
    }
}
