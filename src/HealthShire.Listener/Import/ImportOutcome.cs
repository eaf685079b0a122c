namespace HealthShire.Listener.Import;

/// <summary>How an import ended.</summary>
/// <param name="FailedFiles">One line per file that could not be read to its end (a missing column, corrupt data).</param>
/// <param name="Cancelled">Stopped early (Ctrl+C): what was read is stored, the rest is not.</param>
/// <param name="Elapsed">From the first byte read to the last batch stored.</param>
internal sealed record ImportOutcome(IReadOnlyList<string> FailedFiles, bool Cancelled, TimeSpan Elapsed);
