namespace HealthShire.Listener.Classifier.Model;

/// <summary>
/// Hands out one loaded model per model file while any user still holds it, so two hosts in one process (a command
/// that builds a host twice, tests) do not hold two copies of ~15 MB of weights. Weakly held: an unused model is collected.
/// A changed file (size or write time) is loaded afresh.
/// </summary>
internal static class SharedModels
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (long Length, DateTime WrittenAt, WeakReference<ClassifierModel> Model)> Loaded =
        new(StringComparer.Ordinal);

    public static ClassifierModel Load(string path)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        if (!file.Exists)
        {
            return ClassifierModel.Load(path);
        }

        lock (Gate)
        {
            if (Loaded.TryGetValue(file.FullName, out var entry)
                && entry.Length == file.Length
                && entry.WrittenAt == file.LastWriteTimeUtc
                && entry.Model.TryGetTarget(out var model))
            {
                return model;
            }

            model = ClassifierModel.Load(file.FullName);
            Loaded[file.FullName] = (file.Length, file.LastWriteTimeUtc, new WeakReference<ClassifierModel>(model));
            return model;
        }
    }
}
