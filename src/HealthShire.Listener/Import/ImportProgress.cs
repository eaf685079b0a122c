using System.Globalization;

namespace HealthShire.Listener.Import;

/// <summary>
/// The progress display: every <see cref="Interval"/> one plain line on standard error with posts read, stored and
/// skipped, the rate, and the time left estimated from the share of the files' bytes (compressed, for .zst) read.
/// </summary>
internal static class ImportProgress
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Writes a line every interval until <paramref name="done"/> completes.</summary>
    public static async Task ShowAsync(ImportCounts counts, ImportConsole console, TimeProvider time, Task done)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var tick = Task.Delay(Interval, time);
            if (await Task.WhenAny(done, tick) == done)
            {
                return;
            }

            console.WriteLine(Line(counts, time.GetElapsedTime(started)));
        }
    }

    public static string Line(ImportCounts counts, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var share = counts.TotalBytes > 0 ? Math.Clamp((double)counts.BytesRead / counts.TotalBytes, 0, 1) : 0;
        var left = share > 0 ? TimeSpan.FromSeconds(seconds * (1 - share) / share) : (TimeSpan?)null;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"import: {counts.Read:N0} read, {counts.Stored:N0} stored, {counts.Skipped:N0} skipped, {counts.Read / seconds:N0} posts/s, " +
            $"{share:P0} of the input, {(left is { } l ? "about " + Duration(l) + " left" : "time left not known yet")}");
    }

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
}
