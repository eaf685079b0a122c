namespace HealthShire.Listener.Testing;

/// <summary>Finds the repository root and the shared data folder beside it, from a test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds HealthShire.Listener.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared data folder (../shared/data from the root); it may be absent.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>A file under the shared data folder, or null when that folder or file is absent.</summary>
    public static string? SharedFile(string relativePath)
    {
        var path = Path.Combine(SharedData, relativePath);
        return File.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthShire.Listener.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HealthShire.Listener.sln was not found above " + AppContext.BaseDirectory);
    }
}
