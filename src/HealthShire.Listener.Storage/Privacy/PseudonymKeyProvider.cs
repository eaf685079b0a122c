using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Storage.Privacy;

/// <summary>
/// The author pseudonym key: the configured one, or else a random key generated on first run and
/// kept in a file so that the same author keeps the same pseudonym across restarts.
/// </summary>
internal sealed class PseudonymKeyProvider(string? configuredKey, string keyFilePath, ILogger<PseudonymKeyProvider> logger)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string KeyFilePath { get; } = keyFilePath;

    public byte[] GetKey()
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            if (!PseudonymKey.TryParse(configuredKey, out var configured))
            {
                throw new InvalidOperationException(
                    $"{StoreOptions.SectionName}:{nameof(StoreOptions.PseudonymKey)} must be hex or base64 of at least {PseudonymKey.MinimumBytes} bytes.");
            }

            PseudonymLog.KeyLoaded(logger, $"{StoreOptions.SectionName}:{nameof(StoreOptions.PseudonymKey)}");
            return configured;
        }

        return File.Exists(KeyFilePath) ? ReadKeyFile() : CreateKeyFile();
    }

    private byte[] ReadKeyFile()
    {
        if (!PseudonymKey.TryParse(File.ReadAllText(KeyFilePath), out var key))
        {
            throw new InvalidOperationException(
                $"The pseudonym key file '{KeyFilePath}' does not hold a key of at least {PseudonymKey.MinimumBytes} bytes. " +
                "Restore it from a backup, or delete it to start new pseudonyms that will not match the stored ones.");
        }

        PseudonymLog.KeyLoaded(logger, KeyFilePath);
        return key;
    }

    private byte[] CreateKeyFile()
    {
        var key = RandomNumberGenerator.GetBytes(PseudonymKey.GeneratedBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFilePath) ?? ".");

        // Written under a temporary name with owner-only permissions from the first byte, then
        // moved into place, so that a racing process either wins or reads a complete file.
        var temporaryPath = KeyFilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using (var writer = new StreamWriter(temporaryPath, fileOptions))
            {
                writer.Write(Convert.ToBase64String(key));
            }

            File.Move(temporaryPath, KeyFilePath, overwrite: false);
            PseudonymLog.KeyGenerated(logger, KeyFilePath);
            return key;
        }
        catch (IOException) when (File.Exists(KeyFilePath))
        {
            return ReadKeyFile();
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }
}
