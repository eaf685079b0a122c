namespace HealthShire.Listener.Core.Medications;

/// <summary>One medication as a clinic would name it, with the names people write for it.</summary>
/// <param name="Generic">The normalised generic name, lower case (<c>methylphenidate</c>).</param>
/// <param name="Class">The family it belongs to.</param>
/// <param name="Brands">Common brand names, lower case (<c>ritalin</c>, <c>concerta</c>).</param>
/// <param name="Misspellings">Common misspellings and short forms seen in posts, lower case.</param>
/// <param name="Conditions">The topics (<see cref="Posts.Topics"/>) it is usually prescribed for, most usual first.</param>
public sealed record Medication(
    string Generic,
    MedicationClass Class,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> Misspellings,
    IReadOnlyList<string> Conditions);
