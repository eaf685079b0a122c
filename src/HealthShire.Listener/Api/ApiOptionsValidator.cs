using System.Net;
using HealthShire.Listener.Api.Security;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api;

/// <summary>
/// Every listen URL must be one the web server can bind, on a loopback address unless
/// <see cref="ApiOptions.AllowNonLoopback"/> says otherwise (a host name or <c>*</c> makes the server listen on every
/// interface), and every API key must be long enough to resist guessing: a bad value stops start-up as a bad setting.
/// </summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    private const string UrlsKey = $"{ApiOptions.SectionName}:{nameof(ApiOptions.Urls)}";

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        foreach (var url in options.ListenUrls)
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                failures.Add($"{UrlsKey} must hold ';'-separated URLs such as http://127.0.0.1:5080; got '{url}'.");
                continue;
            }

            if (!address.IsUnixPipe && !IsLoopback(address.Host) && !options.AllowNonLoopback)
            {
                failures.Add(
                    $"{UrlsKey} '{url}' would listen beyond this machine (only loopback addresses such as 127.0.0.1, [::1] or " +
                    $"localhost are allowed); set {ApiOptions.SectionName}:{nameof(ApiOptions.AllowNonLoopback)}=true to allow it.");
            }
        }

        var shortKeys = ApiKeys.ConfiguredKeys(options).Count(k => k.Length < ApiKeys.MinimumKeyLength);
        if (shortKeys > 0)
        {
            failures.Add(
                $"{ApiOptions.SectionName}:{nameof(ApiOptions.ApiKeys)} holds {shortKeys} key(s) shorter than {ApiKeys.MinimumKeyLength} " +
                "characters; use long random keys (for example: openssl rand -hex 24).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
