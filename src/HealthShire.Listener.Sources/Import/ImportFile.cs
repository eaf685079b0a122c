using ZstdSharp;
using ZstdSharp.Unsafe;

namespace HealthShire.Listener.Sources.Import;

/// <summary>
/// An import file opened for one forward read: plain text, or zstd (told by its magic number, not its name) decoded as
/// it is read, with a window of up to 2 GiB so that archives compressed with <c>--long=31</c> open too.
/// </summary>
internal sealed class ImportFile : IDisposable
{
    /// <summary>zstd's largest window (2^31 bytes): what <c>zstd --long=31</c> may need.</summary>
    public const int MaxWindowLog = 31;

    private static ReadOnlySpan<byte> ZstdMagic => [0x28, 0xB5, 0x2F, 0xFD];

    private readonly CountingStream _file;

    private ImportFile(string path, CountingStream file, Stream content, bool compressed, long length)
    {
        Path = path;
        _file = file;
        Content = content;
        Compressed = compressed;
        Length = length;
    }

    public string Path { get; }

    /// <summary>The decoded bytes, read forward only.</summary>
    public Stream Content { get; }

    public bool Compressed { get; }

    /// <summary>The file's size on disk (0 for a pipe).</summary>
    public long Length { get; }

    /// <summary>Bytes of the file read so far (compressed bytes for a .zst); safe to read from another thread.</summary>
    public long BytesRead => _file.BytesRead;

    public static ImportFile Open(string path)
    {
        FileStream? stream = null;
        CountingStream? counted = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            var magic = new byte[ZstdMagic.Length];
            var read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            var length = Size(stream);
            counted = new CountingStream(stream, magic.AsMemory(0, read));
            stream = null;
            ImportFile file;
            if (read == magic.Length && magic.AsSpan().SequenceEqual(ZstdMagic))
            {
                var decoder = new DecompressionStream(counted, bufferSize: 1 << 17, checkEndOfStream: true, leaveOpen: true);
                decoder.SetParameter(ZSTD_dParameter.ZSTD_d_windowLogMax, MaxWindowLog);
                file = new ImportFile(path, counted, decoder, compressed: true, length);
            }
            else
            {
                file = new ImportFile(path, counted, counted, compressed: false, length);
            }

            counted = null;
            return file;
        }
        finally
        {
            // Only when opening failed: otherwise the ImportFile owns both.
            counted?.Dispose();
            stream?.Dispose();
        }
    }

    private static long Size(FileStream stream) => stream.CanSeek ? stream.Length : 0;

    public void Dispose()
    {
        Content.Dispose();
        _file.Dispose();
    }
}
