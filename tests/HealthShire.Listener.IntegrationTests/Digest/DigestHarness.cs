using System.Net;
using System.Net.Sockets;
using System.Text;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Digest;
using HealthShire.Listener.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace HealthShire.Listener.IntegrationTests.Digest;

/// <summary>
/// The host's real services on a temporary store, a fake clock, and an in-process SMTP server on
/// 127.0.0.1 that can be stopped and started again on the same port.
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    /// <summary>Wednesday 18 November 2026: the digest reports Monday 9 to Sunday 15 November.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private SimpleSmtpServer? _smtp;

    private DigestHarness(string folder, int smtpPort)
    {
        Folder = folder;
        SmtpPort = smtpPort;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "listener.db")}",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "listener-.log"),
            ["Listener:TimeZone"] = "UTC",
            ["Digest:From"] = "HealthShire <digest@clinic.example>",
            ["Digest:Smtp:Host"] = "127.0.0.1",
            ["Digest:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Digest:Smtp:Security"] = "None",
            ["Digest:Smtp:Timeout"] = "00:00:10",
            ["Digest:CrisisResourcesText"] = "Call or text 988 in the US.",
        });
        builder.AddListener();
        builder.Services.AddSingleton<TimeProvider>(Time);
        _app = builder.Build();
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public string Folder { get; }

    public int SmtpPort { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DigestHarness> CreateAsync(bool smtpRunning = true)
    {
        var folder = Directory.CreateTempSubdirectory("listener-digest-").FullName;
        var harness = new DigestHarness(folder, FreePort());
        await harness.Services.GetRequiredService<IPostStore>().MigrateAsync(TestContext.Current.CancellationToken);
        if (smtpRunning)
        {
            harness.StartSmtp();
        }

        return harness;
    }

    public void StartSmtp() =>
        _smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(SmtpPort).Build();

    public Task SeedAsync(IReadOnlyList<ClassifiedPost> posts) =>
        Services.GetRequiredService<IPostStore>().SaveBatchAsync(posts, [], TestContext.Current.CancellationToken);

    public Task AddSubscriberAsync(Subscriber subscriber) =>
        Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, TestContext.Current.CancellationToken);

    public Task<IReadOnlyList<DigestResult>> RunAsync(DigestRunRequest? request = null) =>
        Services.GetRequiredService<DigestRunner>().RunAsync(request ?? DigestRunRequest.Scheduled, TestContext.Current.CancellationToken);

    public Task<DigestSend?> SendRecordAsync(string address, DigestWeek week) =>
        Services.GetRequiredService<IDigestLedger>().GetAsync(address, week, TestContext.Current.CancellationToken);

    /// <summary>The messages the SMTP server received, parsed from their raw MIME.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        [.. (_smtp?.ReceivedEmail ?? []).Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    public async ValueTask DisposeAsync()
    {
        _smtp?.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleaned by the OS.
        }
    }

    // netDumbster's Start(0) does not report the port it bound, so one is picked first.
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
