namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Settings of the Reddit source (section <c>Sources:Reddit</c>).</summary>
internal sealed class RedditOptions() : SourceOptions(TimeSpan.FromMinutes(15))
{
    public const string SectionName = "Sources:Reddit";

    /// <summary>The subreddits listened to when none are configured.</summary>
    public static IReadOnlyList<string> DefaultSubreddits { get; } =
    [
        "depression", "ADHD", "Anxiety", "bipolar", "ptsd",
        "EatingDisorders", "SuicideWatch", "alcoholism", "antidepressants",
    ];

    /// <summary>Where OAuth requests go (with a bearer token).</summary>
    public string ApiBaseUrl { get; set; } = "https://oauth.reddit.com";

    /// <summary>Where tokens are asked for, and the public JSON endpoints when no credentials are set.</summary>
    public string AuthBaseUrl { get; set; } = "https://www.reddit.com";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Reddit asks for <c>&lt;platform&gt;:&lt;app id&gt;:&lt;version&gt; (by /u/&lt;name&gt;)</c>.</summary>
    public string UserAgent { get; set; } = "";

    /// <summary>
    /// Configured subreddits. Left empty here because the configuration binder appends to a list's
    /// existing items; <see cref="DefaultSubreddits"/> fill it after binding when nothing is configured.
    /// </summary>
    public List<string> Subreddits { get; set; } = [];

    /// <summary>How many posts per subreddit the first run reads, and the most any run reads.</summary>
    public int BackfillPosts { get; set; } = 1000;

    public TimeSpan RefreshMaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The least time between requests to the public endpoints (no credentials).</summary>
    public TimeSpan PublicMinRequestInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>When false, only 429 answers cause waits.</summary>
    public bool PacingEnabled { get; set; } = true;

    /// <summary>The first back-off before retrying a 5xx answer or a timeout; it doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt of a request may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool HasCredentials => ClientId.Length > 0 && ClientSecret.Length > 0;
}
