using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>Checks <see cref="MastodonOptions"/> at start; messages name the key and the bad value (never the token).</summary>
internal sealed partial class MastodonOptionsValidator() : SourceOptionsValidator<MastodonOptions>(MastodonOptions.SectionName)
{
    private const string Prefix = MastodonOptions.SectionName + ":";

    /// <summary>A disabled source may leave its section incomplete: only the schedule is checked.</summary>
    protected override void Check(MastodonOptions options, List<string> failures)
    {
        if (!options.Enabled)
        {
            return;
        }

        if (options.Instances.Count == 0)
        {
            failures.Add($"{Prefix}Instances must name at least one instance when the source is enabled.");
        }

        for (var i = 0; i < options.Instances.Count; i++)
        {
            var instance = options.Instances[i];
            var key = $"{Prefix}Instances:{i}";
            if (!Uri.TryCreate(instance.BaseUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || uri.UserInfo.Length > 0 || uri.Query.Length > 0)
            {
                failures.Add($"{key}:BaseUrl must be an absolute http(s) URL without credentials or query; got '{instance.BaseUrl}'.");
            }

            if (instance.Tags.Count == 0)
            {
                failures.Add($"{key}:Tags must name at least one hashtag.");
            }

            foreach (var tag in instance.Tags.Where(t => !TagPattern().IsMatch(t)))
            {
                failures.Add($"{key}:Tags must hold hashtags (letters, digits or '_', no '#'); got '{tag}'.");
            }
        }

        if (options.PageSize is < 1 or > 40)
        {
            failures.Add($"{Prefix}PageSize must be between 1 and 40; got '{options.PageSize}'.");
        }

        if (options.MaxPages is < 1 or > 100)
        {
            failures.Add($"{Prefix}MaxPages must be between 1 and 100; got '{options.MaxPages}'.");
        }

        if (options.RefreshBatchSize is < 1 or > 20)
        {
            failures.Add($"{Prefix}RefreshBatchSize must be between 1 and 20; got '{options.RefreshBatchSize}'.");
        }

        CheckNotNegative(failures, nameof(options.RefreshMaxAge), options.RefreshMaxAge);
        CheckNotNegative(failures, nameof(options.MinRequestInterval), options.MinRequestInterval);

        CheckRequestTimes(failures, options.RetryDelay, options.AttemptTimeout);
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_]{1,100}$")]
    private static partial Regex TagPattern();
}
