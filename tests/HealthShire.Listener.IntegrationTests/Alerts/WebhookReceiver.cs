using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HealthShire.Listener.IntegrationTests.Fakes;
using Microsoft.AspNetCore.Http;

namespace HealthShire.Listener.IntegrationTests.Alerts;

/// <summary>
/// A webhook on 127.0.0.1 that checks each POST's HMAC signature against the shared secret and keeps the bodies it
/// accepted; <see cref="FailWith"/> makes it answer with an error status instead.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "webhook-test-secret-5d1c";

    private readonly ConcurrentQueue<JsonElement> _accepted = new();
    private LoopbackServer? _server;
    private int _requests;

    /// <summary>The status answered instead of 200 while set (the signature is still checked).</summary>
    public int? FailWith { get; set; }

    public string Url => (_server?.BaseUrl ?? throw new InvalidOperationException("Not started.")) + "/hooks/alerts?token=path-secret";

    /// <summary>Every request that arrived, accepted or not.</summary>
    public int Requests => _requests;

    /// <summary>Requests whose signature was missing or wrong.</summary>
    public int BadSignatures { get; private set; }

    public IReadOnlyList<JsonElement> Accepted => [.. _accepted];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        receiver._server = await LoopbackServer.StartAsync(receiver.HandleAsync);
        return receiver;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));
        if (!string.Equals(context.Request.Headers["X-HealthShire-Signature"].ToString(), expected, StringComparison.Ordinal)
            || context.Request.Method != "POST" || context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            BadSignatures++;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        using var document = JsonDocument.Parse(body);
        _accepted.Enqueue(document.RootElement.Clone());
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
