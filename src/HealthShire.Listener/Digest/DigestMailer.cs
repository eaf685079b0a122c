using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HealthShire.Listener.Digest;

/// <summary>
/// One SMTP connection for a digest run, opened on the first message and reopened after a failure,
/// so that one rejected recipient or a dropped connection does not fail the subscribers after it.
/// </summary>
internal sealed class DigestMailer(SmtpOptions options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var client = await ConnectAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client?.Dispose();
        _client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await _client.ConnectAsync(options.Host, options.Port, SocketOptions(options.Security), cancellationToken);
        if (options.User.Length > 0)
        {
            await _client.AuthenticateAsync(options.User, options.Password, cancellationToken);
        }

        return _client;
    }

    private async Task CloseAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // The connection is being dropped anyway; the send's own error is what matters.
        }
        finally
        {
            _client.Dispose();
            _client = null;
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
