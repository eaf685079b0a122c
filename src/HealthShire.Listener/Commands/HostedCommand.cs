using System.CommandLine;
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

    /// <summary>
    /// Builds a command host, validates its options, migrates the store (unless the command does
    /// not use it), then runs <paramref name="body"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult,
        CommandEnvironment environment,
        Func<IHost, TextWriter, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        bool usesStore = true)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            // The host disposes its services (asynchronous ones too) in Dispose.
            using var app = ListenerHost.BuildCommand(environment.Configure);
            app.ValidateOptions();
            if (usesStore)
            {
                await app.Services.GetRequiredService<IPostStore>().MigrateAsync(cancellationToken);
            }

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
    }

    /// <summary>
    /// A setting that is invalid (a validator's message) or cannot be read as its type (the
    /// configuration binder's message names the key and the value).
    /// </summary>
    public static bool IsConfigurationError(Exception ex) =>
        ex is OptionsValidationException or ConfigurationException
        || (ex is InvalidOperationException && ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal));
}
