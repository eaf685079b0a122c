namespace HealthShire.Listener.Commands;

/// <summary>What every command shares: extra configuration (tests) on top of appsettings.json and the environment.</summary>
internal sealed record CommandEnvironment(Action<IConfigurationBuilder>? Configure);
