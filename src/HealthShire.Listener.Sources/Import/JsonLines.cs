namespace HealthShire.Listener.Sources.Import;

/// <summary>
/// Splits a stream of newline-delimited JSON into lines without decoding them to strings, in a buffer that grows only to
/// the longest line (at most <see cref="MaxLineBytes"/>: a longer line is skipped, not held), so memory stays bounded
/// whatever the file's size.
/// </summary>
internal sealed class JsonLines(Stream stream)
{
    /// <summary>No real submission comes near this; a longer line is reported, and its bytes are skipped as they come.</summary>
    public const int MaxLineBytes = 8 << 20;

    /// <summary>What a reader reports for a line longer than <see cref="MaxLineBytes"/>.</summary>
    public static readonly string TooLongProblem = $"the line is longer than {MaxLineBytes >> 20} MiB";

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>The number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// The next line that is not blank, without its line break (a trailing carriage return is dropped too), or false at
    /// the end. <paramref name="tooLong"/> says the line was longer than <see cref="MaxLineBytes"/>; its text is then empty.
    /// </summary>
    public bool TryRead(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        while (TryReadAny(out line, out tooLong))
        {
            if (tooLong || !line.Trim(" \t"u8).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadAny(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var searched = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = TrimCarriageReturn(pending[..length]);
                _start += length + 1;
                LineNumber++;
                return true;
            }

            searched = pending.Length;
            if (_endOfStream)
            {
                if (pending.Length == 0)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(pending);
                _start = _end;
                LineNumber++;
                return true;
            }

            if (pending.Length >= MaxLineBytes)
            {
                SkipRestOfLine();
                LineNumber++;
                tooLong = true;
                line = default;
                return true;
            }

            Fill();
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    /// <summary>Moves what is pending to the front, grows the buffer when it is full, and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxLineBytes + 1));
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }

    private void SkipRestOfLine()
    {
        _start = _end = 0;
        while (true)
        {
            var read = stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _endOfStream = true;
                return;
            }

            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _end = read;
                return;
            }
        }
    }
}
