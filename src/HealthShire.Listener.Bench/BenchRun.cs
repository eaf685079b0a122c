using System.CommandLine;

namespace HealthShire.Listener.Bench;

/// <summary>What every benchmark is given.</summary>
/// <param name="ParseResult">The command line, for the benchmark's own options.</param>
/// <param name="Host">A command host over the configuration (settings such as <c>Classifier:ModelPath</c>); it has no store.</param>
/// <param name="DataPath">Real labelled posts (<c>--data</c>, or the shared dev set beside the repository), or null.</param>
/// <param name="PostgresConnectionString">The empty PostgreSQL database of <c>--postgres</c>, or null for temporary SQLite files.</param>
/// <param name="Output">Where the figures go.</param>
internal sealed record BenchRun(ParseResult ParseResult, IHost Host, string? DataPath, string? PostgresConnectionString, TextWriter Output);
