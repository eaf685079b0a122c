namespace HealthShire.Listener.Hosting;

/// <summary>A setting that stops start-up; the message names the key and the bad value.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
