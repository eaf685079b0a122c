using HealthShire.Listener.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>The alerts job in the real worker: scheduled only when enabled, and built from a Quartz job scope.</summary>
public sealed class AlertsWorkerTests
{
    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Worker_AlertsEnabled_SchedulesTheNamedJobOnItsIntervalAndRunsItInAScope()
    {
        await using var server = await ListenerServer.StartAsync(new Dictionary<string, string?>
        {
            ["Alerts:Enabled"] = "true",
            ["Alerts:Interval"] = "00:20:00",
        });
        var token = TestContext.Current.CancellationToken;
        var scheduler = await server.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(token);

        Assert.NotNull(await scheduler.GetJobDetail(AlertsJob.Key, token));
        Assert.Contains(new TriggerKey("alerts-every-00:20:00", "alerts"), await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("alerts"), token));
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AlertRunner>().RunAsync(token);
        Assert.Equal(new AlertRunResult(0, 0, 0, 0, 0), result);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Worker_AlertsDisabled_SchedulesNoAlertsJob()
    {
        await using var server = await ListenerServer.StartAsync();
        var token = TestContext.Current.CancellationToken;
        var scheduler = await server.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(token);

        Assert.Null(await scheduler.GetJobDetail(AlertsJob.Key, token));
    }
}
