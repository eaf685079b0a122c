namespace HealthShire.Listener.Testing;

/// <summary>
/// Hang timeouts, in milliseconds, that every test carries: a test that waits forever fails with its name
/// instead of stalling the run until CI's limit.
/// </summary>
internal static class TestTimeouts
{
    /// <summary>An in-process test without real I/O beyond temporary files.</summary>
    public const int Unit = 30_000;

    /// <summary>A test that starts the host, a fake server, a store or a child process.</summary>
    public const int Integration = 120_000;

    /// <summary>A test that trains a model, starts a PostgreSQL cluster or a browser, or runs a benchmark.</summary>
    public const int Long = 600_000;
}
