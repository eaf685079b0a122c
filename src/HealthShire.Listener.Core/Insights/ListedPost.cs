namespace HealthShire.Listener.Core.Insights;

/// <summary>A post as listed to providers: never the author.</summary>
/// <param name="Id">The listing id, <c>{source}-{sourceId}</c> (see <see cref="PostId"/>).</param>
/// <param name="Source">The source.</param>
/// <param name="Community">The community.</param>
/// <param name="Topic">The tagged topic.</param>
/// <param name="Title">The title (plain text; encode before showing).</param>
/// <param name="Excerpt">The start of the body, shortened on a word boundary.</param>
/// <param name="Url">The link to the original post.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="ReplyCount">Replies after the latest refresh.</param>
/// <param name="Score">The source's score.</param>
/// <param name="MedicationQuestion">Tagged medication question.</param>
public sealed record ListedPost(
    string Id,
    string Source,
    string Community,
    string Topic,
    string Title,
    string Excerpt,
    string Url,
    DateTimeOffset CreatedAt,
    int ReplyCount,
    int Score,
    bool MedicationQuestion)
{
    /// <summary>The medications it names, as generic names: sorted, distinct; empty when none.</summary>
    public IReadOnlyList<string> Medications { get; init; } = [];

    /// <summary>The intents it is tagged with, in this order: question, medication, medication_question, crisis.</summary>
    public IReadOnlyList<string> Intents { get; init; } = [];
}
