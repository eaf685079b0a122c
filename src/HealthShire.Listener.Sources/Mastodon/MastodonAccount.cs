namespace HealthShire.Listener.Sources.Mastodon;

/// <summary>The author of a status; only <see cref="Acct"/> is read, and only to pseudonymise it.</summary>
internal sealed record MastodonAccount(string? Acct);
