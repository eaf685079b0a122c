namespace HealthShire.Listener.Core.Digest;

/// <summary>Where one subscriber's digest for one week stands.</summary>
public enum DigestSendState
{
    /// <summary>Claimed by a run that is sending it now, or that stopped without saying how it went.</summary>
    Sending,

    /// <summary>Handed to the mail server; never sent again for that week unless forced.</summary>
    Sent,

    /// <summary>The send failed; the next run tries again.</summary>
    Failed,
}
