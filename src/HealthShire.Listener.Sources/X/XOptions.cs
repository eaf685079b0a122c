using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Sources.X;

/// <summary>Settings of the X (Twitter) API v2 source, section <c>Sources:X</c>.</summary>
internal sealed class XOptions() : SourceOptions(TimeSpan.FromMinutes(30))
{
    public const string SectionName = "Sources:X";

    [Required(ErrorMessage = "Sources:X:BaseUrl is required.")]
    public string BaseUrl { get; set; } = "https://api.x.com";

    /// <summary>The app-only bearer token; empty keeps the source off. Never logged.</summary>
    public string BearerToken { get; set; } = "";

    /// <summary>
    /// Named keyword groups. Empty means <see cref="XDefaultQueries.All"/>: the binder appends to a
    /// list that already holds items, so defaults cannot live in the list itself.
    /// </summary>
    public IList<XQueryOptions> Queries { get; } = [];

    /// <summary>Tweets that may be read per UTC calendar month (search and refresh together).</summary>
    public int MonthlyReadBudget { get; set; } = 10_000;

    /// <summary>How many tweets a query reads on its first run, before it has a since_id.</summary>
    public int BackfillPosts { get; set; } = 300;

    public TimeSpan RefreshMaxAge { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Waits for the window reset once x-rate-limit-remaining reaches 0, before X answers 429.</summary>
    public bool PacingEnabled { get; set; } = true;

    /// <summary>The first back-off delay before a 5xx or timed-out request is retried; later ones double.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public IReadOnlyList<XQueryOptions> EffectiveQueries => Queries.Count > 0 ? [.. Queries] : XDefaultQueries.All;
}
