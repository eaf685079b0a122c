using HealthShire.Listener.Storage.Privacy;
using HealthShire.Listener.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Storage;

/// <summary>Checks what data annotations cannot: the connection string parses, the key decodes and text is kept for a while.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();
        if (!SqliteLocation.TryParse(options.ConnectionString, out _, out var error))
        {
            failures.Add($"{StoreOptions.SectionName}:{nameof(StoreOptions.ConnectionString)} {error}.");
        }

        // The key is a secret: the message gives its length, never its value.
        if (!string.IsNullOrWhiteSpace(options.PseudonymKey) && !PseudonymKey.TryParse(options.PseudonymKey, out _))
        {
            failures.Add(
                $"{StoreOptions.SectionName}:{nameof(StoreOptions.PseudonymKey)} must be hex or base64 of at least " +
                $"{PseudonymKey.MinimumBytes} bytes, or empty to generate one; got {PseudonymKey.Describe(options.PseudonymKey)}.");
        }

        if (options.TextRetention <= TimeSpan.Zero)
        {
            failures.Add(
                $"{StoreOptions.SectionName}:{nameof(StoreOptions.TextRetention)} must be longer than zero, such as '180.00:00:00'; " +
                $"got '{options.TextRetention}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
