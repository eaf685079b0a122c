namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// Settings of the Bluesky source, section <c>Sources:Bluesky</c>: the public Jetstream firehose, filtered on our side by
/// term groups. Off by default, because it collects nothing useful until term groups are configured.
/// </summary>
internal sealed class BlueskyOptions : SourceOptions
{
    public const string SectionName = "Sources:Bluesky";

    public BlueskyOptions()
        : base(TimeSpan.FromMinutes(1))
    {
        Enabled = false;
    }

    /// <summary>The Jetstream subscribe endpoint (ws:// or wss://).</summary>
    public string JetstreamUrl { get; set; } = "wss://jetstream2.us-east.bsky.network/subscribe";

    /// <summary>The Jetstream protocol: only <c>v1</c> (<c>/subscribe</c>, <c>time_us</c> cursors) for now.</summary>
    public string Protocol { get; set; } = JetstreamProtocols.V1;

    /// <summary>Named term groups; the first group whose terms a post contains is its community.</summary>
    public IList<BlueskyTermGroup> Terms { get; } = [];

    /// <summary>The longest a pass reads the stream before it stores what it has and returns.</summary>
    public TimeSpan PassDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back Jetstream replays; a stored cursor older than this means events were missed.</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromHours(36);

    /// <summary>How far back the very first pass starts, when no cursor is stored yet.</summary>
    public TimeSpan FirstPassBackfill { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait before reconnecting after a dropped or refused connection; later ones double up to a minute.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Stored posts younger than this get the replies and deletions seen in the stream.</summary>
    public TimeSpan RefreshMaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>In the worker's held connection, the longest matched posts and the cursor wait before they are stored.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Matched posts stored per transaction (each with the cursor it reached).</summary>
    public int BatchSize { get; set; } = 500;
}
