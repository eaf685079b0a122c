namespace HealthShire.Listener.Core.Privacy;

/// <summary>Turns a source's user name into a stable keyed pseudonym.</summary>
public interface IAuthorPseudonymizer
{
    /// <summary>
    /// The pseudonym for <paramref name="author"/> on <paramref name="source"/>, or null when the
    /// author is absent or deleted.
    /// </summary>
    string? Pseudonymize(string source, string? author);
}
