using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Storage.Sqlite;

namespace HealthShire.Listener.Storage.Common.Rollups;

/// <summary>The columns of a stored post that decide where and how it is counted in the rollups.</summary>
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
    public bool IsGone => (Flags & PostUpsertCommand.GoneFlags) != 0;

    public bool IsUnanswered => IsQuestion && ReplyCount == 0 && !IsGone && !IsCrisis;

    /// <summary>A post as it is first stored.</summary>
    public static RollupRow Of(Post post, PostTags tags) =>
        new RollupRow(post.Community, SqliteTime.ToStored(post.CreatedAt), null, false, false, false, post.ReplyCount, (int)post.Flags)
            .WithTags(tags);

    public RollupRow WithTags(PostTags tags) => this with
    {
        Topic = tags.Topic,
        IsQuestion = tags.Question.IsPresent,
        IsMedicationQuestion = tags.MedicationQuestion.IsPresent,
        IsCrisis = tags.Crisis.IsPresent,
    };

    public RollupRow WithState(int replyCount, PostFlags flags) => this with { ReplyCount = replyCount, Flags = (int)flags };
}
