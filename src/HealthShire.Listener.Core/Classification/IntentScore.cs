namespace HealthShire.Listener.Core.Classification;

/// <summary>A yes/no intent with the score it was decided from (the model's threshold applied).</summary>
public readonly record struct IntentScore(bool IsPresent, float Score);
