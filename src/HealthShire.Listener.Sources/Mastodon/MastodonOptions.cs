namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>
/// Settings of the Mastodon source (section <c>Sources:Mastodon</c>). Off by default: it reads nothing until instances
/// and tags are chosen. Public hashtag timelines need no token on most instances.
/// </summary>
internal sealed class MastodonOptions : SourceOptions
{
    public const string SectionName = "Sources:Mastodon";

    public MastodonOptions()
        : base(TimeSpan.FromMinutes(10))
    {
        Enabled = false;
    }

    /// <summary>The instances and the hashtags read on each.</summary>
    public List<MastodonInstanceOptions> Instances { get; set; } = [];

    /// <summary>
    /// An optional user access token sent to every instance, for instances that close their public timelines to
    /// anonymous readers. Set it only in the environment (<c>Sources__Mastodon__AccessToken</c>); it is never logged.
    /// </summary>
    public string AccessToken { get; set; } = "";

    /// <summary>Statuses asked for per request (Mastodon serves at most 40).</summary>
    public int PageSize { get; set; } = 40;

    /// <summary>How many pages back the first pass of a tag reads, and the most pages any pass reads.</summary>
    public int MaxPages { get; set; } = 5;

    public TimeSpan RefreshMaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Statuses re-read per request (<c>GET /api/v1/statuses?id[]=</c>; Mastodon answers at most 20).</summary>
    public int RefreshBatchSize { get; set; } = 20;

    /// <summary>When false, only 429 answers cause waits.</summary>
    public bool PacingEnabled { get; set; } = true;

    /// <summary>The least time between two requests to one instance.</summary>
    public TimeSpan MinRequestInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first back-off before retrying a 5xx answer or a timeout; it doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt of a request may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool HasAccessToken => AccessToken.Length > 0;
}
