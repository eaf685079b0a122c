namespace HealthShire.Listener.IntegrationTests.Fakes.Bluesky;

/// <summary>One message the fake Jetstream holds: its cursor and the exact text sent (possibly malformed on purpose).</summary>
public sealed record FakeJetstreamEvent(long TimeUs, string Json);
