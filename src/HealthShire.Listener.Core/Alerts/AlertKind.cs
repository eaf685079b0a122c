namespace HealthShire.Listener.Core.Alerts;

/// <summary>What an alert rule watches; stored and shown by the names of <see cref="AlertNames"/>.</summary>
public enum AlertKind
{
    /// <summary>A topic's rising z-score: its latest full week against the trailing weeks.</summary>
    Topic,

    /// <summary>A medication's rising z-score, computed the same way from the medication day rollups.</summary>
    Medication,

    /// <summary>Crisis posts in a community: this week so far against the trailing weekly mean, as a factor.</summary>
    Crisis,
}
