using HealthShire.Listener.Storage.Privacy;
using HealthShire.Listener.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthShire.Listener.Storage;

/// <summary>Checks what data annotations cannot: the connection string parses, the key decodes and text is kept for a while.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == StoreProvider.Postgres)
        {
            failures.AddRange(PostgresProblems(options));
        }
        else if (!SqliteLocation.TryParse(options.ConnectionString, out _, out var error))
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

    // The connection string may hold a password: messages name the key, never echo the value.
    private static IEnumerable<string> PostgresProblems(StoreOptions options)
    {
        const string Key = $"{StoreOptions.SectionName}:{nameof(StoreOptions.ConnectionString)}";
        NpgsqlConnectionStringBuilder? builder = null;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            // Reported below.
        }

        if (builder is null || string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            yield return $"{Key} must be a PostgreSQL connection string with Host and Database, such as " +
                "'Host=127.0.0.1;Database=listener;Username=listener' (give the password through Store__ConnectionString in the environment), " +
                $"when {StoreOptions.SectionName}:{nameof(StoreOptions.Provider)} is Postgres.";
        }

        if (string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            yield return $"{StoreOptions.SectionName}:{nameof(StoreOptions.PseudonymKey)} must be set when {StoreOptions.SectionName}:{nameof(StoreOptions.Provider)} " +
                "is Postgres, so that every node gives an author the same pseudonym (hex or base64 of at least " +
                $"{PseudonymKey.MinimumBytes} bytes, e.g. from 'openssl rand -hex 32', given as Store__PseudonymKey).";
        }
    }
}
