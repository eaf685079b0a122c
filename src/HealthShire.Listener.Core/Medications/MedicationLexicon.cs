using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace HealthShire.Listener.Core.Medications;

/// <summary>
/// Finds the medications of <see cref="MedicationCatalog"/> named in a text, by generic name, brand or common
/// misspelling, and maps each to its generic name. A name matches only as a whole word (letters and digits on neither
/// side), in any case; no allocation for a text that names none.
/// </summary>
public static class MedicationLexicon
{
    /// <summary>Longer words cannot be a name in the catalog; they are skipped without a look-up.</summary>
    private const int MaxNameLength = 32;

    private static readonly FrozenDictionary<string, Medication> ByName = Build();

    private static readonly FrozenDictionary<string, Medication>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The generic names of the medications named in <paramref name="text"/>: sorted, distinct, lower case.</summary>
    public static IReadOnlyList<string> Find(string? text) => Find((text ?? string.Empty).AsSpan());

    /// <inheritdoc cref="Find(string?)"/>
    public static IReadOnlyList<string> Find(ReadOnlySpan<char> text)
    {
        List<string>? found = null;
        Span<char> word = stackalloc char[MaxNameLength];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start <= MaxNameLength && i - start >= 3)
            {
                var length = text[start..i].ToLowerInvariant(word);
                if (BySpan.TryGetValue(word[..length], out var medication) && !(found ??= []).Contains(medication.Generic))
                {
                    found.Add(medication.Generic);
                }
            }

            start = -1;
        }

        if (found is null)
        {
            return [];
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Maps a generic name, brand or common misspelling (any case, surrounding spaces ignored) to its generic name.</summary>
    public static bool TryNormalise(string? name, [NotNullWhen(true)] out string? generic)
    {
        generic = TryGet(name, out var medication) ? medication.Generic : null;
        return generic is not null;
    }

    /// <summary>The catalog entry for a generic name, brand or common misspelling.</summary>
    public static bool TryGet(string? name, [NotNullWhen(true)] out Medication? medication)
    {
        medication = null;
        var trimmed = (name ?? string.Empty).Trim().ToLowerInvariant();
        return trimmed.Length > 0 && ByName.TryGetValue(trimmed, out medication);
    }

    private static FrozenDictionary<string, Medication> Build()
    {
        var names = new Dictionary<string, Medication>(StringComparer.Ordinal);
        foreach (var medication in MedicationCatalog.All)
        {
            foreach (var name in (IEnumerable<string>)[medication.Generic, .. medication.Brands, .. medication.Misspellings])
            {
                // A name listed under two generics would be ambiguous: the catalog must not have one.
                if (names.TryGetValue(name, out var other) && other.Generic != medication.Generic)
                {
                    throw new InvalidOperationException($"The medication name '{name}' is listed under both {other.Generic} and {medication.Generic}.");
                }

                names[name] = medication;
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
