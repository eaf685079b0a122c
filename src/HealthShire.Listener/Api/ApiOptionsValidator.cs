using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api;

/// <summary>Every listen URL must be one the web server can bind, so that a typo stops start-up as a bad setting.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        foreach (var url in options.ListenUrls)
        {
            try
            {
                _ = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                failures.Add($"{ApiOptions.SectionName}:{nameof(ApiOptions.Urls)} must hold ';'-separated URLs such as http://127.0.0.1:5080; got '{url}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
