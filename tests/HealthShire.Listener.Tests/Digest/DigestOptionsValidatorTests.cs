using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Digest;
using HealthShire.Listener.Hosting;

namespace HealthShire.Listener.Tests.Digest;

public sealed class DigestOptionsValidatorTests
{
    private static readonly DigestOptionsValidator Validator =
        new(new SourceRegistry([new SourceRegistration("reddit", "Sources:Reddit", true, TimeSpan.FromMinutes(15))]));

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(Validator.Validate(null, new DigestOptions()).Succeeded);

    [Fact]
    public void Validate_BadValues_NameEachKeyAndValue()
    {
        var options = new DigestOptions
        {
            Enabled = true,
            From = "not an address",
            Schedule = "every hour",
            Subscribers = [new SubscriberOptions { Address = "bob@", TimeZone = "Mars/Olympus", Topics = ["gardening"], Hour = 25 }],
        };

        var failure = Validator.Validate(null, options).FailureMessage;

        Assert.Contains("Digest:Schedule", failure, StringComparison.Ordinal);
        Assert.Contains("'every hour'", failure, StringComparison.Ordinal);
        Assert.Contains("Digest:From", failure, StringComparison.Ordinal);
        Assert.Contains("Digest:Smtp:Host", failure, StringComparison.Ordinal);
        Assert.Contains("Digest:Subscribers:0:Address must be an e-mail address such as ann@clinic.example; got 'bob@'", failure, StringComparison.Ordinal);
        Assert.Contains("Digest:Subscribers:0:TimeZone", failure, StringComparison.Ordinal);
        Assert.Contains("'gardening'", failure, StringComparison.Ordinal);
        Assert.Contains("Digest:Subscribers:0:Hour must be an hour from 0 to 23; got 25", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Password_NeverAppearsInMessages()
    {
        var options = new DigestOptions { Enabled = true, From = "digest@clinic.example", Smtp = { Port = 0, Password = "hunter2-secret" } };

        var failure = Validator.Validate(null, options).FailureMessage;

        Assert.Contains("Digest:Smtp:Port", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:04:00", "00:00:30")]
    [InlineData("00:10:00", "00:02:30")]
    public void Validate_AbandonedSendAfterTooShortForASendInProgress_NamesTheKeyAndBothValues(string abandonedAfter, string smtpTimeout)
    {
        var options = new DigestOptions
        {
            AbandonedSendAfter = TimeSpan.Parse(abandonedAfter, System.Globalization.CultureInfo.InvariantCulture),
            Smtp = { Timeout = TimeSpan.Parse(smtpTimeout, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var failure = Validator.Validate(null, options).FailureMessage;

        Assert.Contains($"Digest:AbandonedSendAfter must be at least 00:05:00 and more than four times Digest:Smtp:Timeout ({smtpTimeout}); got {abandonedAfter}.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SubscriberSourceNotRegistered_NamesItAndTheRegisteredOnes()
    {
        var options = new DigestOptions { Subscribers = [new SubscriberOptions { Address = "ann@clinic.example", Sources = ["reddit", "myspace"] }] };

        var failure = Validator.Validate(null, options).FailureMessage;

        Assert.Equal("Digest:Subscribers:0:Sources holds 'myspace', which is not a source; use any of reddit.", failure);
    }
}
