using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Checks <see cref="RedditOptions"/> at start; messages name the key and the bad value (never a secret).</summary>
internal sealed partial class RedditOptionsValidator() : SourceOptionsValidator<RedditOptions>(RedditOptions.SectionName)
{
    private const string Prefix = RedditOptions.SectionName + ":";

    /// <summary>A disabled source may leave its section incomplete: only the schedule is checked.</summary>
    protected override void Check(RedditOptions options, List<string> errors)
    {
        if (!options.Enabled)
        {
            return;
        }

        CheckUrl(errors, nameof(options.ApiBaseUrl), options.ApiBaseUrl);
        CheckUrl(errors, nameof(options.AuthBaseUrl), options.AuthBaseUrl);
        if ((options.ClientId.Length > 0) != (options.ClientSecret.Length > 0))
        {
            errors.Add($"{Prefix}ClientId and {Prefix}ClientSecret must be set together (app-only OAuth) or both left empty (public endpoints).");
        }

        if (!UserAgentPattern().IsMatch(options.UserAgent))
        {
            errors.Add($"{Prefix}UserAgent must look like '<platform>:<app id>:<version> (by /u/<name>)'; got '{options.UserAgent}'.");
        }

        if (options.Subreddits.Count == 0)
        {
            errors.Add($"{Prefix}Subreddits must name at least one subreddit.");
        }

        foreach (var subreddit in options.Subreddits.Where(s => !SubredditPattern().IsMatch(s)))
        {
            errors.Add($"{Prefix}Subreddits must hold subreddit names (2-21 letters, digits or '_', no 'r/'); got '{subreddit}'.");
        }

        if (options.BackfillPosts is < 1 or > 1000)
        {
            errors.Add($"{Prefix}BackfillPosts must be between 1 and 1000; got '{options.BackfillPosts}'.");
        }

        CheckNotNegative(errors, nameof(options.RefreshMaxAge), options.RefreshMaxAge);
        CheckNotNegative(errors, nameof(options.PublicMinRequestInterval), options.PublicMinRequestInterval);
        CheckRequestTimes(errors, options.RetryDelay, options.AttemptTimeout);
    }

    private static void CheckUrl(List<string> errors, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{Prefix}{key} must be an absolute http(s) URL; got '{value}'.");
        }
    }

    [GeneratedRegex(@"^[^\s:]+:[^\s:]+:[^\s:]+ \(by /u/[A-Za-z0-9_-]{3,20}\)$")]
    private static partial Regex UserAgentPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{2,21}$")]
    private static partial Regex SubredditPattern();
}
