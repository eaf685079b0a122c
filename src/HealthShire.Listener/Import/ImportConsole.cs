namespace HealthShire.Listener.Import;

/// <summary>
/// Standard error shared by the reading thread (malformed lines) and the progress display: one line at a time, and
/// only the first <see cref="MaxReportedLines"/> malformed lines are told one by one.
/// </summary>
internal sealed class ImportConsole(TextWriter error)
{
    public const int MaxReportedLines = 100;

    private readonly Lock _lock = new();
    private int _reported;

    /// <summary>Whether some malformed lines were counted but not told.</summary>
    public bool Truncated { get; private set; }

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            error.WriteLine(line);
            error.Flush();
        }
    }

    public void ReportMalformed(string path, long line, string problem)
    {
        lock (_lock)
        {
            if (_reported == MaxReportedLines)
            {
                Truncated = true;
                return;
            }

            _reported++;
            error.WriteLine($"{Path.GetFileName(path)} line {line}: {problem}; skipped");
            error.Flush();
        }
    }
}
