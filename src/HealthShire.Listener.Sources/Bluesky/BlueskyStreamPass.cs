using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// What one pass makes of the messages it reads: matched posts waiting to be stored, the replies and deletions for the
/// <see cref="BlueskyThreadTally"/>, and the cursor of the last event handled.
/// </summary>
/// <param name="skipThrough">The stored cursor: events at or before it were handled by an earlier pass (a replay repeats the event at the cursor).</param>
/// <param name="endCursor">The pass's start: an event at or after it ends the pass unhandled, for the next pass.</param>
internal sealed class BlueskyStreamPass(
    IJetstreamProtocol protocol,
    BlueskyTermMatcher matcher,
    BlueskyThreadTally tally,
    IAuthorPseudonymizer pseudonymizer,
    ILogger logger,
    long? skipThrough,
    long endCursor)
{
    private readonly List<Post> _pending = [];
    private readonly HashSet<string> _pendingIds = new(StringComparer.Ordinal);

    /// <summary>The cursor of the last event handled, or null before the first.</summary>
    public long? Cursor { get; private set; }

    /// <summary>The cursor of the first event read, handled or not.</summary>
    public long? FirstCursor { get; private set; }

    /// <summary>The cursor of the last event read, handled or not.</summary>
    public long? LastRead { get; private set; }

    public int Events { get; private set; }

    public int Matched { get; private set; }

    public int Malformed { get; private set; }

    public bool ReachedEnd { get; private set; }

    public int PendingCount => _pending.Count;

    /// <summary>Handles one message; false once the stream reached the pass's start time.</summary>
    public bool Accept(ReadOnlySpan<byte> message)
    {
        JetstreamEvent? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(message, BlueskyJsonContext.Default.JetstreamEvent);
        }
        catch (JsonException ex)
        {
            Skip(message.Length, ex.Message);
            return true;
        }

        if (parsed is null || protocol.CursorOf(parsed) is not { } cursor)
        {
            Skip(message.Length, "no time_us cursor");
            return true;
        }

        FirstCursor ??= cursor;
        LastRead = cursor;
        if (cursor >= endCursor)
        {
            ReachedEnd = true;
            return false;
        }

        if (cursor <= skipThrough || cursor <= Cursor)
        {
            return true;
        }

        Events++;
        Handle(BlueskyPostMapper.Read(parsed), protocol.TimeOf(cursor));
        Cursor = cursor;
        return true;
    }

    /// <summary>The posts matched since the last call (the caller stores them with <see cref="Cursor"/>).</summary>
    public IReadOnlyList<Post> TakePosts()
    {
        var posts = _pending.ToList();
        _pending.Clear();
        _pendingIds.Clear();
        return posts;
    }

    /// <summary>Counts a message that could not be read: the first of a pass at warning level, the rest at debug.</summary>
    public void Skip(int bytes, string reason)
    {
        if (Malformed++ == 0)
        {
            BlueskyLog.Malformed(logger, bytes, reason);
        }
        else
        {
            BlueskyLog.MalformedAgain(logger, bytes, reason);
        }
    }

    private void Handle(BlueskyCommit commit, DateTimeOffset seenAt)
    {
        switch (commit.Kind)
        {
            case BlueskyCommitKind.Deleted:
                tally.Deleted(commit.SourceId);
                break;
            case BlueskyCommitKind.Invalid:
                BlueskyLog.CommitSkipped(logger, commit.SkipReason);
                break;
            case BlueskyCommitKind.Created:
                if (commit.ParentId is { } parent)
                {
                    // Any reply answers its parent, whether or not the reply itself matches a term.
                    tally.Replied(parent);
                }

                if (matcher.Match(commit.Text) is { } community && _pendingIds.Add(commit.SourceId))
                {
                    var post = BlueskyPostMapper.ToPost(commit, community, seenAt, pseudonymizer);
                    _pending.Add(post);
                    Matched++;
                }

                break;
        }
    }
}
