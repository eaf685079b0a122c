using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Links;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>Reads Jetstream events as post commits and turns created ones into <see cref="Post"/>s; the did is only ever kept as a pseudonym.</summary>
internal static class BlueskyPostMapper
{
    public const string SourceName = "bluesky";

    private static readonly Uri Site = new("https://bsky.app/");

    /// <summary>What <paramref name="message"/> says about a post: created, deleted, or nothing the source reads.</summary>
    public static BlueskyCommit Read(JetstreamEvent message)
    {
        if (message is not { Kind: "commit", Commit: { Collection: BlueskyAtUri.PostCollection } commit })
        {
            return BlueskyCommit.Ignored;
        }

        if (commit.Operation is not ("create" or "delete"))
        {
            return BlueskyCommit.Ignored;
        }

        if (!BlueskyAtUri.IsValidDid(message.Did) || !BlueskyAtUri.IsValidRkey(commit.Rkey))
        {
            return BlueskyCommit.Invalid("a did or rkey outside the AT Protocol syntax");
        }

        if (commit.Operation == "delete")
        {
            return new BlueskyCommit(BlueskyCommitKind.Deleted, message.Did, commit.Rkey, "", false, null, "");
        }

        if (commit.Record?.Text is not { } text)
        {
            return BlueskyCommit.Invalid("a created post without record.text");
        }

        var parent = commit.Record.Reply?.Parent?.Uri;
        var parentId = BlueskyAtUri.TryParsePost(parent, out var parentDid, out var parentRkey) ? BlueskyAtUri.Of(parentDid, parentRkey) : null;
        return new BlueskyCommit(BlueskyCommitKind.Created, message.Did, commit.Rkey, text, commit.Record.Reply is not null, parentId, "");
    }

    /// <summary>The created post found by <paramref name="community"/>'s terms; replies are flagged <see cref="PostFlags.Reply"/>.</summary>
    public static Post ToPost(BlueskyCommit created, string community, DateTimeOffset seenAt, IAuthorPseudonymizer pseudonymizer) =>
        new(
            SourceName,
            created.SourceId,
            community,
            Title: "",
            Body: created.Text,
            pseudonymizer.Pseudonymize(SourceName, created.Did),
            PostLinks.FromPath(Site, $"/profile/{created.Did}/post/{created.Rkey}"),
            seenAt,
            Score: 0,
            ReplyCount: 0,
            created.IsReply ? PostFlags.Reply : PostFlags.None);
}
