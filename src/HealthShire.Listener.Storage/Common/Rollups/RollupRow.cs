using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Common.Posts;

namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>
/// The columns of a stored post that decide where and how it is counted in the rollups; <see cref="CreatedAt"/> in
/// milliseconds since the Unix epoch, whatever the store's own time encoding.
/// </summary>
internal readonly record struct RollupRow(
    string Community,
    long CreatedAt,
    string? Topic,
    bool IsQuestion,
    bool IsMedicationQuestion,
    bool IsCrisis,
    int ReplyCount,
    int Flags)
{
    public bool IsGone => (Flags & GoneFlags.Mask) != 0;

    public bool IsUnanswered => IsQuestion && ReplyCount == 0 && !IsGone && !IsCrisis;

    /// <summary>A post as it is first stored.</summary>
    public static RollupRow Of(Post post, PostTags tags) =>
        new RollupRow(post.Community, post.CreatedAt.ToUnixTimeMilliseconds(), null, false, false, false, post.ReplyCount, (int)post.Flags)
            .WithTags(tags);

    public RollupRow WithTags(PostTags tags) => this with
    {
        Topic = tags.Topic,
        IsQuestion = tags.Question.IsPresent,
        IsMedicationQuestion = tags.MedicationQuestion.IsPresent,
        IsCrisis = tags.Crisis.IsPresent,
    };

    public RollupRow WithState(int replyCount, PostFlags flags) => this with { ReplyCount = replyCount, Flags = (int)flags };

    /// <summary>The state after a refresh: its counts replace the stored ones, or add to them when it is additive.</summary>
    public RollupRow Refreshed(PostUpdate update) => update.Additive
        ? WithState(ReplyCount + update.ReplyCount, (PostFlags)Flags | update.Flags)
        : WithState(update.ReplyCount, update.Flags);

    /// <summary>
    /// The stored post seen again: its replies and flags move; one seen only as gone keeps the tags made from its
    /// original text, since the ones it arrives with say nothing.
    /// </summary>
    public RollupRow Sighted(ClassifiedPost classified)
    {
        var state = WithState(classified.Post.ReplyCount, classified.Post.Flags);
        return GoneFlags.IsGone(classified.Post.Flags) ? state : state.WithTags(classified.Tags);
    }
}
