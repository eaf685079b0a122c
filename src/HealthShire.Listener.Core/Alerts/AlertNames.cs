namespace HealthShire.Listener.Core.Alerts;

/// <summary>The names kinds and channels have in the store, the API and the command line.</summary>
public static class AlertNames
{
    /// <summary>Every kind's name, in the order of <see cref="AlertKind"/>.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["topic", "medication", "crisis"];

    /// <summary>The name of a kind: <c>topic</c>, <c>medication</c> or <c>crisis</c>.</summary>
    public static string Of(AlertKind kind) => Kinds[(int)kind];

    /// <summary>The name of a channel: <c>email</c> or <c>webhook</c>.</summary>
    public static string Of(AlertChannel channel) => channel == AlertChannel.Email ? "email" : "webhook";

    /// <summary>Reads a kind's name (any case); false for anything else.</summary>
    public static bool TryParseKind(string? name, out AlertKind kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (string.Equals(Kinds[i], name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = (AlertKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
