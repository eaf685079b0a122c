namespace HealthShire.Listener.Digest;

/// <summary>How the SMTP connection is protected (<c>Digest:Smtp:Security</c>).</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain text; only for a relay on the same machine or a test server.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (usually port 587); fails if the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
