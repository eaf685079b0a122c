namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// What one <see cref="JetstreamReader.ReadAsync"/> got: a whole message (valid until the next read), or why the
/// connection just failed or dropped, or neither once the read was stopped.
/// </summary>
internal readonly record struct JetstreamRead(ReadOnlyMemory<byte>? Message, string? Dropped);
