namespace HealthShire.Listener.Hosting;

/// <summary>What a host is built for.</summary>
internal enum ListenerRole
{
    /// <summary>A one-shot command: services only, no scheduler, no web server.</summary>
    Command,

    /// <summary>The long-running worker: scheduled jobs and the HTTP endpoints.</summary>
    Worker,
}
