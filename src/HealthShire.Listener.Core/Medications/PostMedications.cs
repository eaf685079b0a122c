using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Core.Medications;

/// <summary>The medications a post names in its title or body, as <see cref="MedicationLexicon.Find(string?)"/> gives them.</summary>
public static class PostMedications
{
    /// <summary>
    /// The generic names named in the title or the body: sorted, distinct, lower case. Each part is searched on its
    /// own, so that the last word of a title and the first of the body never run together into one name.
    /// </summary>
    public static IReadOnlyList<string> Find(PostText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = MedicationLexicon.Find(text.Title);
        var body = MedicationLexicon.Find(text.Body);
        if (title.Count == 0)
        {
            return body;
        }

        if (body.Count == 0)
        {
            return title;
        }

        return [.. title.Union(body, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
