namespace HealthShire.Listener.Digest;

/// <summary>What a run did for one subscriber.</summary>
internal enum DigestOutcome
{
    /// <summary>Handed to the mail server and recorded as sent.</summary>
    Sent,

    /// <summary>This week's digest was sent, or is being sent by another run.</summary>
    AlreadySent,

    /// <summary>The send day and hour have not come yet this week.</summary>
    NotDue,

    /// <summary>The send failed and was recorded; the next run tries again.</summary>
    Failed,
}
