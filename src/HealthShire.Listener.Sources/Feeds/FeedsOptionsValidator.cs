namespace HealthShire.Listener.Sources.Feeds;

/// <summary>Checks <see cref="FeedsOptions"/> at start; messages name the key and the bad value.</summary>
internal sealed class FeedsOptionsValidator() : SourceOptionsValidator<FeedsOptions>(FeedsOptions.SectionName)
{
    private const string Prefix = FeedsOptions.SectionName + ":";
    private const int MaxNameLength = 100;

    /// <summary>A disabled source may leave its section incomplete: only the schedule is checked.</summary>
    protected override void Check(FeedsOptions options, List<string> failures)
    {
        if (!options.Enabled)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var key = $"{Prefix}Feeds:{i}";
            if (string.IsNullOrWhiteSpace(feed.Name) || feed.Name.Length > MaxNameLength || feed.Name.StartsWith(':'))
            {
                failures.Add($"{key}:Name must be 1-{MaxNameLength} characters and not start with ':'; got '{feed.Name}'.");
            }
            else if (!names.Add(feed.Name))
            {
                failures.Add($"{key}:Name must be unique among the feeds (compared without case); got '{feed.Name}' twice.");
            }

            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.UserInfo.Length > 0)
            {
                failures.Add($"{key}:Url must be an absolute http(s) URL without credentials; got '{feed.Url}'.");
            }
        }

        if (options.MaxFeedBytes is < 1024 or > 100 * 1024 * 1024)
        {
            failures.Add($"{Prefix}MaxFeedBytes must be between 1024 and 104857600; got '{options.MaxFeedBytes}'.");
        }

        CheckNotNegative(failures, nameof(options.MinRequestInterval), options.MinRequestInterval);

        CheckRequestTimes(failures, options.RetryDelay, options.AttemptTimeout);
    }
}
