using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Import;

/// <summary>
/// What an import has done so far. The reading thread and the storing loop add to it while the progress display
/// reads it, so every count is read and written atomically.
/// </summary>
internal sealed class ImportCounts
{
    private long _read;
    private long _gone;
    private long _malformed;
    private long _filtered;
    private long _inserted;
    private long _updated;
    private long _bytesDone;
    private Func<long>? _currentFileBytes;
    private long _taggingTicks;
    private long _storingTicks;

    public ImportCounts(long totalBytes) => TotalBytes = totalBytes;

    /// <summary>The size on disk of every file of the import (compressed, for .zst files).</summary>
    public long TotalBytes { get; }

    /// <summary>Lines or rows read (blank lines are not counted).</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Deleted or removed posts: counted, never stored.</summary>
    public long Gone => Interlocked.Read(ref _gone);

    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>Posts outside <c>--from</c>/<c>--to</c> or the chosen communities.</summary>
    public long Filtered => Interlocked.Read(ref _filtered);

    public long Inserted => Interlocked.Read(ref _inserted);

    public long Updated => Interlocked.Read(ref _updated);

    public long Stored => Inserted + Updated;

    public long Skipped => Gone + Malformed + Filtered;

    /// <summary>Bytes of the files read so far, the one being read included.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesDone) + (Volatile.Read(ref _currentFileBytes)?.Invoke() ?? 0);

    /// <summary>Time spent cleaning and classifying batches (for the benchmark's breakdown; it overlaps reading and storing).</summary>
    public TimeSpan Tagging => TimeSpan.FromTicks(Interlocked.Read(ref _taggingTicks));

    /// <summary>Time spent writing batches to the store (it overlaps reading and tagging).</summary>
    public TimeSpan Storing => TimeSpan.FromTicks(Interlocked.Read(ref _storingTicks));

    public void AddTagging(TimeSpan elapsed) => Interlocked.Add(ref _taggingTicks, elapsed.Ticks);

    public void AddStoring(TimeSpan elapsed) => Interlocked.Add(ref _storingTicks, elapsed.Ticks);

    public void AddRead() => Interlocked.Increment(ref _read);

    public void AddGone() => Interlocked.Increment(ref _gone);

    public void AddMalformed() => Interlocked.Increment(ref _malformed);

    public void AddFiltered() => Interlocked.Increment(ref _filtered);

    public void AddStored(SaveResult saved)
    {
        Interlocked.Add(ref _inserted, saved.Inserted);
        Interlocked.Add(ref _updated, saved.Updated);
    }

    /// <summary>A file is being read: its bytes are counted through <paramref name="bytesRead"/> until it ends.</summary>
    public void StartFile(Func<long> bytesRead) => Volatile.Write(ref _currentFileBytes, bytesRead);

    /// <summary>The file being read is done (or failed): its whole size counts as read.</summary>
    public void EndFile(long length)
    {
        Interlocked.Add(ref _bytesDone, length);
        Volatile.Write(ref _currentFileBytes, null);
    }
}
