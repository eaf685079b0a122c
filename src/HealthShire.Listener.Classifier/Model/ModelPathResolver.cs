namespace HealthShire.Listener.Classifier.Model;

internal static class ModelPathResolver
{
    /// <summary>
    /// A relative path is tried against the current directory first (a checkout or a deployment folder),
    /// then beside the program, where the host build copies models/**.
    /// </summary>
    public static string Resolve(string configuredPath)
    {
        if (Path.IsPathRooted(configuredPath))
        {
            return configuredPath;
        }

        var fromCurrent = Path.GetFullPath(configuredPath);
        if (File.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        var fromBase = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, configuredPath));
        return File.Exists(fromBase) ? fromBase : fromCurrent;
    }
}
