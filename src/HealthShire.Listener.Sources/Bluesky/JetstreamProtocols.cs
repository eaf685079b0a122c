namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>The Jetstream protocols the source speaks, by their <c>Sources:Bluesky:Protocol</c> value.</summary>
internal static class JetstreamProtocols
{
    /// <summary>Jetstream v1: <c>/subscribe</c>, <c>time_us</c> microsecond cursors.</summary>
    public const string V1 = "v1";

    /// <summary>The protocol named by <paramref name="name"/>, or null when it is not supported.</summary>
    public static IJetstreamProtocol? Find(string name) =>
        string.Equals(name, V1, StringComparison.OrdinalIgnoreCase) ? new JetstreamV1Protocol() : null;
}
