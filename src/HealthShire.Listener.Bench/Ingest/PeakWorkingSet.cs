using System.Diagnostics;

namespace HealthShire.Listener.Bench.Ingest;

/// <summary>The process's peak working set, which on Linux can be reset so that one benchmark's peak is not an earlier one's.</summary>
internal static class PeakWorkingSet
{
    /// <summary>Starts a new peak from the current working set (Linux: writing 5 to /proc/self/clear_refs); false where that is not possible.</summary>
    public static bool TryReset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak working set in megabytes (since the last reset, when there was one).</summary>
    public static double Megabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
