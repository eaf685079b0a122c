namespace HealthShire.Listener.IntegrationTests.Hosting;

/// <summary>What a command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
