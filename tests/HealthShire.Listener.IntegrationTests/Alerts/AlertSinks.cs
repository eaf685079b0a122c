using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using MimeKit;
using netDumbster.smtp;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>
/// What outlives a worker restart in these tests: the store's folder, an in-process SMTP server on 127.0.0.1 (the
/// digest tests' sink) and a webhook receiver.
/// </summary>
internal sealed class AlertSinks : IAsyncDisposable
{
    private readonly SimpleSmtpServer _smtp;

    private AlertSinks(string folder, int smtpPort, SimpleSmtpServer smtp, WebhookReceiver webhook)
    {
        Folder = folder;
        SmtpPort = smtpPort;
        _smtp = smtp;
        Webhook = webhook;
    }

    public string Folder { get; }

    public int SmtpPort { get; }

    public WebhookReceiver Webhook { get; }

    public static async Task<AlertSinks> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("listener-alerts-").FullName;
        var port = Digest.DigestHarness.FreePort();
        var smtp = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(port).Build();
        return new AlertSinks(folder, port, smtp, await WebhookReceiver.StartAsync());
    }

    /// <summary>The messages the SMTP server received, parsed from their raw MIME.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        [.. _smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    public async ValueTask DisposeAsync()
    {
        _smtp.Dispose();
        await Webhook.DisposeAsync();
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
}
