using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Tests.Digest;

public sealed class MailAddressRulesTests
{
    [Theory]
    [InlineData("ann@clinic.example")]
    [InlineData("first.last+digest@mail.clinic.example")]
    [InlineData("o'brien@clinic-north.example")]
    public void IsValid_OrdinaryAddress_IsTrue(string address) => Assert.True(MailAddressRules.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("ann@")]
    [InlineData("@clinic.example")]
    [InlineData("ann@localhost")]
    [InlineData("ann@@clinic.example")]
    [InlineData("Ann <ann@clinic.example>")]
    [InlineData(" ann@clinic.example")]
    [InlineData("ann@clinic.example, bob@clinic.example")]
    [InlineData("ann..b@clinic.example")]
    [InlineData("ann@-clinic.example")]
    [InlineData("ann@clinic..example")]
    [InlineData("\"ann b\"@clinic.example")]
    public void IsValid_NotABareSaneAddress_IsFalse(string address) => Assert.False(MailAddressRules.IsValid(address));

    [Fact]
    public void Mask_HidesTheLocalPart() => Assert.Equal("a***@clinic.example", MailAddressRules.Mask("ann.smith@clinic.example"));
}
