using HealthShire.Listener.Alerts;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthShire.Listener.Tests.Alerts;

public sealed class AlertsJobDeclarationTests
{
    [Fact]
    public void Declare_Enabled_NamesTheJobAndATriggerOnTheInterval()
    {
        var declared = Assert.Single(new AlertsJobDeclaration(Options.Create(new AlertsOptions { Enabled = true, Interval = TimeSpan.FromMinutes(10) })).Declare());

        Assert.Equal(AlertsJob.Key, declared.Job.Key);
        Assert.Equal(new TriggerKey("alerts-every-00:10:00", "alerts"), declared.Trigger.Key);
        Assert.Equal(TimeSpan.FromMinutes(10), Assert.IsAssignableFrom<ISimpleTrigger>(declared.Trigger).RepeatInterval);
        Assert.True(declared.Job.ConcurrentExecutionDisallowed);
    }

    [Fact]
    public void Declare_Disabled_DeclaresNothing() =>
        Assert.Empty(new AlertsJobDeclaration(Options.Create(new AlertsOptions())).Declare());

    [Fact]
    public void Validate_BadSettings_NameTheKeyAndTheValue()
    {
        var result = new AlertsOptionsValidator().Validate(null, new AlertsOptions
        {
            Interval = TimeSpan.FromSeconds(5),
            DashboardUrl = "javascript:alert(1)",
            WebhookSecret = "do-not-echo-this-secret",
        });

        Assert.True(result.Failed);
        Assert.Contains("Alerts:Interval must be at least 00:01:00; got 00:00:05.", result.Failures);
        Assert.Contains(result.Failures, f => f.StartsWith("Alerts:DashboardUrl must be an absolute http(s) address", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures, f => f.Contains("do-not-echo", StringComparison.Ordinal));
    }
}
