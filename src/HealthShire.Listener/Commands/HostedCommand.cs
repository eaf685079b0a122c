using System.CommandLine;
using System.Data.Common;
using HealthShire.Listener.Classifier;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Hosting;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Commands;

/// <summary>Runs a command's body inside a built host, turning configuration errors into one clear line.</summary>
internal static class HostedCommand
{
    public const int ConfigurationErrorExitCode = 2;

    public const int InputErrorExitCode = 1;

    /// <summary>The store could not be opened or answered with an error (a PostgreSQL server down, a file not writable).</summary>
    public const int StoreErrorExitCode = 3;

    /// <summary>The worker's HTTP endpoints could not listen on <c>Api:Urls</c> (the port is taken, the address is not this machine's).</summary>
    public const int ListenErrorExitCode = 4;

    /// <summary>
    /// Builds a command host, validates its options, checks the input against what the host knows
    /// (<paramref name="refuse"/>: a message, or null to go on), migrates the store (unless the command does
    /// not use it), then runs <paramref name="body"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult,
        CommandEnvironment environment,
        Func<IHost, TextWriter, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        bool usesStore = true,
        Func<IHost, string?>? refuse = null)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var opened = false;
        try
        {
            // The host disposes its services (asynchronous ones too) in Dispose.
            using var app = ListenerHost.BuildCommand(environment.Configure);
            app.ValidateOptions();
            if (refuse?.Invoke(app) is { } refusal)
            {
                await error.WriteLineAsync(refusal);
                return InputErrorExitCode;
            }

            if (usesStore)
            {
                await app.Services.GetRequiredService<IPostStore>().MigrateAsync(cancellationToken);
            }

            opened = true;
            return await body(app, parseResult.InvocationConfiguration.Output, cancellationToken);
        }
        catch (Exception ex) when (IsConfigurationError(ex))
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return ConfigurationErrorExitCode;
        }
        catch (Exception ex) when (ex is ClassifierInputException or ClassifierModelException)
        {
            await error.WriteLineAsync($"Error: {ex.Message}");
            return InputErrorExitCode;
        }
        catch (DbException ex)
        {
            await error.WriteLineAsync(opened ? $"Store error: {ex.Message}" : StoreError(ex));
            return StoreErrorExitCode;
        }
        catch (Exception ex) when (ex is (IOException and not HttpIOException) or UnauthorizedAccessException)
        {
            // A path that cannot be used: the store's folder, an --out file, a model file.
            await error.WriteLineAsync($"Error: {ex.Message}");
            return InputErrorExitCode;
        }
    }

    /// <summary>
    /// One line for a store that could not be opened: the provider's own message, which names the file or the host and
    /// port but never the connection string's password, and where to look.
    /// </summary>
    public static string StoreError(DbException ex) =>
        $"Store error: {ex.Message}{(ex.InnerException is { } inner && inner.Message != ex.Message ? $" ({inner.Message})" : string.Empty)}. " +
        "Check Store:Provider and Store:ConnectionString, and that the database is reachable.";

    /// <summary>
    /// A setting that is invalid (a validator's message) or cannot be read as its type (the
    /// configuration binder's message names the key and the value).
    /// </summary>
    public static bool IsConfigurationError(Exception ex) =>
        ex is OptionsValidationException or ConfigurationException
        || (ex is InvalidOperationException && ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal));
}
