using HealthShire.Listener.Alerts;
using HealthShire.Listener.Core.Alerts;

namespace HealthShire.Listener.Tests.Alerts;

public sealed class AlertRuleInputTests
{
    [Fact]
    public void Create_BrandNameAndUpperCaseTopic_AreStoredAsTheirCanonicalNames()
    {
        var (medication, _) = AlertRuleInput.Create("Medication", " Zoloft ", null, 2.5, null, "https://hooks.clinic.example/a");
        var (topic, _) = AlertRuleInput.Create("topic", "ADHD", null, 3, "ann@clinic.example", null);
        var (crisis, _) = AlertRuleInput.Create("crisis", null, "r/bipolar", 2, "staff@clinic.example", null);

        Assert.Equal(new NewAlertRule(AlertKind.Medication, "sertraline", 2.5, null, "https://hooks.clinic.example/a"), medication);
        Assert.Equal(new NewAlertRule(AlertKind.Topic, "adhd", 3, "ann@clinic.example", null), topic);
        Assert.Equal(new NewAlertRule(AlertKind.Crisis, "r/bipolar", 2, "staff@clinic.example", null), crisis);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Create_ThresholdOutOfRange_IsAProblem(double threshold)
    {
        var (rule, problems) = AlertRuleInput.Create("topic", null, null, threshold, "ann@clinic.example", null);

        Assert.Null(rule);
        Assert.StartsWith("--threshold must be a number above 0", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ControlCharactersInTheSubject_AreNeverEchoed()
    {
        var (rule, problems) = AlertRuleInput.Create("crisis", null, "bipolar\u001b[31m", 2, "staff@clinic.example", null);

        Assert.Null(rule);
        Assert.Equal("--community must not contain control characters such as line breaks.", Assert.Single(problems));
    }

    [Theory]
    [InlineData("https://hooks.clinic.example/T000/B000/secret?x=1", "https://hooks.clinic.example/…")]
    [InlineData("http://127.0.0.1:8080/hook", "http://127.0.0.1:8080/…")]
    public void MaskUrl_KeepsSchemeAndHostOnly(string url, string masked) =>
        Assert.Equal(masked, AlertRuleInput.MaskUrl(url));

    [Theory]
    [InlineData("https://hooks.clinic.example/a", true)]
    [InlineData("http://127.0.0.1:9/a", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/hook", false)]
    [InlineData("https://user:password@hooks.clinic.example/a", false)]
    public void IsHttpUrl_AcceptsAbsoluteHttpWithoutUserInformation(string url, bool accepted) =>
        Assert.Equal(accepted, AlertRuleInput.IsHttpUrl(url));
}
