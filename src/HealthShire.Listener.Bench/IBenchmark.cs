using System.CommandLine;

namespace HealthShire.Listener.Bench;

/// <summary>
/// One benchmark of the bench program, in one class: the name <c>--only</c> picks it by, the options only it reads, and
/// the run that prints its figures. <see cref="BenchCommandLine.Benchmarks"/> lists them in the order they run.
/// </summary>
internal interface IBenchmark
{
    /// <summary>The value of <c>--only</c> that runs it alone: <c>ingest</c>.</summary>
    string Name { get; }

    /// <summary>Options that only this benchmark reads, such as <c>--posts</c>; each name is used by one benchmark.</summary>
    IReadOnlyList<Option> Options { get; }

    /// <summary>Whether <c>--postgres</c> can run it on an empty PostgreSQL database instead of temporary SQLite files.</summary>
    bool RunsOnPostgres { get; }

    /// <summary>Runs it and writes its figures, one or more lines each starting with <see cref="Name"/>'s subject.</summary>
    Task RunAsync(BenchRun run, CancellationToken cancellationToken);
}
