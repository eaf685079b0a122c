using System.Globalization;

namespace HealthShire.Listener.Commands;

/// <summary>
/// The progress of <c>reclassify</c> on the error stream (the result line stays alone on the output): after each
/// batch at most once per <see cref="Interval"/>, and always after the last one. The total is every stored post, an
/// upper bound: posts whose text is gone cannot be re-tagged and are never read.
/// </summary>
internal sealed class ReclassifyProgress(TextWriter writer, TimeProvider time, long total)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private DateTimeOffset? _shown;

    /// <summary>Shows the counts after a batch, unless a line was shown less than <see cref="Interval"/> ago.</summary>
    public Task BatchDoneAsync(int read, int retagged) =>
        _shown is { } shown && time.GetUtcNow() - shown < Interval ? Task.CompletedTask : ShowAsync(read, retagged);

    /// <summary>Shows the final counts.</summary>
    public Task ShowAsync(int read, int retagged)
    {
        _shown = time.GetUtcNow();
        var share = total == 0 ? 100 : Math.Min(100, read * 100 / total);
        return writer.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"Reclassify: {read:N0} of at most {total:N0} stored posts read ({share}%), {retagged:N0} re-tagged"));
    }
}
