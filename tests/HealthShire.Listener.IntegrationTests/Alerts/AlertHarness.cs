using System.Globalization;
using HealthShire.Listener.Alerts;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>The host's real services (as the worker's alerts job uses them) on the sinks' store, with a fake clock.</summary>
internal sealed class AlertHarness : IAsyncDisposable
{
    /// <summary>Wednesday 18 November 2026: the latest full week is Monday 9 to Sunday 15 November (2026-W46).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private AlertHarness(AlertSinks sinks, IReadOnlyDictionary<string, string?>? settings, DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        var merged = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(sinks.Folder, "listener.db")}",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(sinks.Folder, "logs", "listener-.log"),
            ["Listener:TimeZone"] = "UTC",
            ["Digest:From"] = "HealthShire <alerts@clinic.example>",
            ["Digest:Smtp:Host"] = "127.0.0.1",
            ["Digest:Smtp:Port"] = sinks.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Digest:Smtp:Security"] = "None",
            ["Digest:Smtp:Timeout"] = "00:00:10",
            ["Alerts:WebhookSecret"] = WebhookReceiver.Secret,
            ["Alerts:WebhookRetryDelay"] = "00:00:00",
            ["Alerts:DashboardUrl"] = "https://listener.clinic.example/",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(merged);
        builder.AddListener();
        builder.Services.AddSingleton<TimeProvider>(Time);
        _app = builder.Build();
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public IAlertStore Store => Services.GetRequiredService<IAlertStore>();

    /// <summary>A host on the sinks' store (migrated), as a worker started at <paramref name="now"/> would have it.</summary>
    public static async Task<AlertHarness> StartAsync(AlertSinks sinks, IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        var harness = new AlertHarness(sinks, settings, now ?? Now);
        await harness.Services.GetRequiredService<IPostStore>().MigrateAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    public Task SeedAsync(IReadOnlyList<ClassifiedPost> posts) =>
        Services.GetRequiredService<IPostStore>().SaveBatchAsync(posts, [], TestContext.Current.CancellationToken);

    public Task<AlertRule> AddRuleAsync(NewAlertRule rule) => Store.AddRuleAsync(rule, TestContext.Current.CancellationToken);

    /// <summary>One run of the alerts job's work.</summary>
    public Task<AlertRunResult> RunAsync() =>
        Services.GetRequiredService<AlertRunner>().RunAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
