using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Storage;

/// <summary>Checks that the configured time zone exists on this machine.</summary>
internal sealed class ListenerOptionsValidator : IValidateOptions<ListenerOptions>
{
    public ValidateOptionsResult Validate(string? name, ListenerOptions options) =>
        ListenerTimeZone.TryFind(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(ListenerTimeZone.UnknownMessage(options.TimeZone));
}
