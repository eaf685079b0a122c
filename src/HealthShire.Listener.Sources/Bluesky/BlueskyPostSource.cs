using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.Bluesky;

/// <summary>
/// Collects Bluesky posts from the Jetstream firehose that match the configured term groups. A pass connects at the
/// stored cursor, reads until the stream reaches the time the pass started (or <c>PassDuration</c> has gone by) and
/// stores each batch of posts with the cursor it reached, so the next pass (or a restarted worker) resumes there.
/// </summary>
/// <remarks>
/// In the worker the stream is held instead (<see cref="HoldAsync"/>): one connection for as long as the worker runs.
/// A singleton: it keeps the <see cref="BlueskyThreadTally"/> of replies and deletions between a pass and its refresh.
/// Replaying from a cursor repeats the event at it: events at or before the stored cursor are skipped, so a replayed
/// reply is never counted twice.
/// </remarks>
internal sealed class BlueskyPostSource(
    IAuthorPseudonymizer pseudonymizer,
    IOptions<BlueskyOptions> options,
    TimeProvider time,
    ILogger<BlueskyPostSource> logger) : IHeldPostSource
{
    /// <summary>The checkpoint holding the protocol's cursor of the last event handled.</summary>
    public const string CursorKey = "cursor";

    /// <summary>The checkpoint naming the last stretch Jetstream could no longer replay.</summary>
    public const string GapKey = "gap";

    /// <summary>The batch label: one batch holds posts of every term group.</summary>
    public const string StreamCommunity = "jetstream";

    private readonly BlueskyThreadTally _tally = new();
    private readonly IJetstreamProtocol _protocol = JetstreamProtocols.Find(options.Value.Protocol)
        ?? throw new InvalidOperationException($"{BlueskyOptions.SectionName}:Protocol '{options.Value.Protocol}' is not supported.");

    private readonly BlueskyTermMatcher _matcher = new(options.Value.Terms);

    public string Name => BlueskyPostMapper.SourceName;

    public TimeSpan RefreshMaxAge => options.Value.RefreshMaxAge;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var startedAt = time.GetUtcNow();
        var stored = checkpoints.TryGetValue(CursorKey, out var checkpoint) ? _protocol.ParseCursor(checkpoint.Value) : null;
        var pass = new BlueskyStreamPass(
            _protocol, _matcher, _tally, pseudonymizer, logger, stored, _protocol.CursorAt(startedAt));
        _tally.BeginPass();

        using var deadline = new CancellationTokenSource(settings.PassDuration, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var reader = new JetstreamReader(_protocol, settings, time, logger)
        {
            Cursor = stored ?? _protocol.CursorAt(startedAt - settings.FirstPassBackfill),
        };

        var (gap, gapStored) = ((string?)null, false);
        while (await reader.NextAsync(pass.Skip, stop.Token) is { } message && pass.Accept(message.Span))
        {
            reader.Cursor = pass.Cursor ?? reader.Cursor;
            gap ??= GapOf(stored, pass.FirstCursor, startedAt, settings.ReplayWindow);
            if (pass.PendingCount >= settings.BatchSize)
            {
                yield return Batch(pass, gapStored ? null : gap);
                gapStored |= gap is not null;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (reader.EverConnected)
        {
            // Connected but nothing came: the gap reaches at least to where Jetstream's replay window begins.
            gap ??= GapOf(stored, pass.FirstCursor ?? _protocol.CursorAt(startedAt - settings.ReplayWindow), startedAt, settings.ReplayWindow);
        }

        var ending = pass.ReachedEnd ? "at the pass's start time" : reader.EverConnected ? "at Sources:Bluesky:PassDuration" : "without a connection";
        BlueskyLog.PassRead(logger, pass.Events, pass.Cursor is { } last ? _protocol.TimeOf(last) : startedAt, pass.Matched, pass.Malformed, reader.Reconnects, ending);
        yield return Batch(pass, gapStored ? null : gap);
        if (!reader.EverConnected)
        {
            throw new SourceUnavailableException(
                $"Jetstream at {settings.JetstreamUrl} could not be reached during the pass: {reader.LastFailure ?? "no answer"}");
        }
    }

    /// <summary>
    /// The worker's held connection: from the stored cursor, with no end, storing every <c>BatchSize</c> matched posts or
    /// every <c>FlushInterval</c> (checked as events arrive; the firehose never goes quiet for long), reconnecting with
    /// back-off after a drop and naming each drop, and a gap when a reconnection finds the cursor past the replay window.
    /// </summary>
    public async IAsyncEnumerable<HeldSourceUpdate> HoldAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var stored = checkpoints.TryGetValue(CursorKey, out var checkpoint) ? _protocol.ParseCursor(checkpoint.Value) : null;
        var pass = new BlueskyStreamPass(_protocol, _matcher, _tally, pseudonymizer, logger, stored, long.MaxValue);
        _tally.BeginPass();
        using var reader = new JetstreamReader(_protocol, settings, time, logger)
        {
            Cursor = stored ?? _protocol.CursorAt(time.GetUtcNow() - settings.FirstPassBackfill),
        };

        var connections = 0;
        string? gap = null;
        var flushedAt = time.GetUtcNow();
        var flushedCursor = stored;
        while (await reader.ReadAsync(pass.Skip, cancellationToken) is var read && (read.Message is not null || read.Dropped is not null))
        {
            if (read.Message is not { } message)
            {
                yield return HeldSourceUpdate.Troubled($"Jetstream at {settings.JetstreamUrl}: {read.Dropped}");
                continue;
            }

            // The cursor this connection resumed from, until the message is handled: a gap shows in its first event.
            long? resumedFrom = connections == 0 ? stored : reader.Cursor;
            var firstOfConnection = reader.Connections != connections;
            connections = reader.Connections;
            pass.Accept(message.Span);
            reader.Cursor = pass.Cursor ?? reader.Cursor;
            if (firstOfConnection)
            {
                gap = GapOf(resumedFrom, pass.LastRead, time.GetUtcNow(), settings.ReplayWindow) ?? gap;
            }

            var now = time.GetUtcNow();
            var due = now - flushedAt >= settings.FlushInterval && (pass.PendingCount > 0 || pass.Cursor != flushedCursor);
            if (pass.PendingCount >= settings.BatchSize || gap is not null || due)
            {
                flushedAt = now;
                flushedCursor = pass.Cursor;
                yield return HeldSourceUpdate.Stored(Batch(pass, gap));
                gap = null;
            }
        }

        // Shutdown: what is held is stored with the cursor it reached, so the next start resumes right after it.
        BlueskyLog.PassRead(logger, pass.Events, pass.Cursor is { } last ? _protocol.TimeOf(last) : time.GetUtcNow(), pass.Matched, pass.Malformed, reader.Reconnects, "at shutdown");
        if (pass.PendingCount > 0 || pass.Cursor != flushedCursor)
        {
            yield return HeldSourceUpdate.Stored(Batch(pass, null));
        }
    }

    public Task<IReadOnlyList<PostUpdate>> RefreshAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken) =>
        Task.FromResult(_tally.TakeUpdates(sourceIds));

    /// <summary>The posts matched so far with the cursor they reach (and a gap not stored yet), as one transaction.</summary>
    private SourceBatch Batch(BlueskyStreamPass pass, string? gap)
    {
        var now = time.GetUtcNow();
        var checkpoints = new List<Checkpoint>();
        if (pass.Cursor is { } cursor)
        {
            checkpoints.Add(new Checkpoint(Name, CursorKey, _protocol.FormatCursor(cursor), now));
        }

        if (gap is not null)
        {
            checkpoints.Add(new Checkpoint(Name, GapKey, gap, now));
        }

        return new SourceBatch(StreamCommunity, pass.TakePosts(), checkpoints);
    }

    /// <summary>The gap's text when the stored cursor is older than Jetstream replays; logged once, when found.</summary>
    private string? GapOf(long? stored, long? firstSeen, DateTimeOffset startedAt, TimeSpan window)
    {
        if (stored is not { } cursor || firstSeen is not { } first || _protocol.TimeOf(cursor) >= startedAt - window)
        {
            return null;
        }

        var (from, to) = (_protocol.TimeOf(cursor), _protocol.TimeOf(first));
        BlueskyLog.Gap(logger, from, to, window);
        return $"posts from {from:yyyy-MM-ddTHH:mm:ssZ} to {to:yyyy-MM-ddTHH:mm:ssZ} were not replayed (the stored cursor was older than Sources:Bluesky:ReplayWindow {window:c})";
    }
}
