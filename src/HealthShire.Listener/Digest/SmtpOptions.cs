namespace HealthShire.Listener.Digest;

/// <summary>The <c>Digest:Smtp</c> section: the mail server that digests are handed to.</summary>
internal sealed class SmtpOptions
{
    /// <summary>The server's host name; required to send.</summary>
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user to authenticate as; no authentication when empty.</summary>
    public string User { get; set; } = string.Empty;

    /// <summary>A secret: set it from the environment (<c>Digest__Smtp__Password</c>), never in a file, never logged.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>How long one SMTP command may take before the send counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
