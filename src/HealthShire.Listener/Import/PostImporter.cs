using System.Threading.Channels;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Pipeline;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;
using HealthShire.Listener.Sources.Import;
using HealthShire.Listener.Storage;
using Microsoft.Extensions.Options;
using ZstdSharp;

namespace HealthShire.Listener.Import;

/// <summary>
/// Streams import files through the collectors' classify → store path in three stages that run at once: a thread reads
/// and parses lines into batches, the caller's loop tags each batch (the classifier spreads it over the cores), and a
/// thread writes tagged batches through the store's bulk writer, up to <see cref="TransactionPosts"/> posts per transaction.
/// Bounded channels between the stages hold a few batches at most, so memory stays the same whatever the file's size.
/// Posts are upserted by (source, id), so a second import of the same file changes no count.
/// </summary>
internal sealed class PostImporter(
    IPostClassifier classifier,
    IPostStore store,
    IOptions<StoreOptions> storeOptions,
    TimeProvider time,
    ILogger<PostImporter> logger)
{
    /// <summary>Posts per classifier call.</summary>
    public const int BatchSize = 1000;

    /// <summary>
    /// Posts per store transaction at most: a commit, and each index page a transaction touches, is paid once for these.
    /// Tagged batches are grouped only while they queue up behind a busy store; otherwise each is written as it comes.
    /// </summary>
    public const int TransactionPosts = 5 * BatchSize;

    private const int ReadBatchesInFlight = 1;

    private const int TaggedBatchesInFlight = 2;

    /// <summary>
    /// Runs the import. Cancellation stops reading; the posts already read are still stored, so a re-run finds them
    /// stored and continues.
    /// </summary>
    public async Task<ImportOutcome> RunAsync(ImportRequest request, ImportCounts counts, ImportConsole console, CancellationToken cancellationToken)
    {
        ImportLog.Started(logger, request.Files.Count, request.Source);
        var started = time.GetTimestamp();
        var read = Channel.CreateBounded<List<Post>>(
            new BoundedChannelOptions(ReadBatchesInFlight) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var tagged = Channel.CreateBounded<ClassifiedPost[]>(
            new BoundedChannelOptions(TaggedBatchesInFlight) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        await using var writer = await store.OpenBulkWriterAsync(CancellationToken.None);
        var reading = OnThreadOfItsOwn(() => Read(request, counts, console, read.Writer, failures, stop.Token, cancellationToken));
        var storing = OnThreadOfItsOwn(() => Store(tagged.Reader, writer, counts, stop));
        try
        {
            await TagAsync(read.Reader, tagged.Writer, counts, stop.Token);
            tagged.Writer.Complete();
            await storing;
        }
        catch
        {
            // Unblock the other stages so that they end; a store failure is the exception that matters.
            tagged.Writer.TryComplete();
            await stop.CancelAsync();
            await storing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await storing;
            throw;
        }

        await reading;
        var outcome = new ImportOutcome(failures, cancellationToken.IsCancellationRequested, time.GetElapsedTime(started));
        ImportLog.Finished(
            logger, request.Source, counts.Read, counts.Inserted, counts.Updated, counts.Gone, counts.Malformed, counts.Filtered,
            outcome.Elapsed, outcome.Cancelled);
        return outcome;
    }

    // The reading and writing stages block (file reads, SQLite calls): threads of their own keep the thread pool free for
    // the classifier's parallel work.
    private static Task OnThreadOfItsOwn(Action stage) =>
        Task.Factory.StartNew(stage, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private async Task TagAsync(ChannelReader<List<Post>> batches, ChannelWriter<ClassifiedPost[]> tagged, ImportCounts counts, CancellationToken stop)
    {
        var textCutoff = time.GetUtcNow() - storeOptions.Value.TextRetention;
        // Not cancellable on purpose: every batch read is stored whole, as a collection pass stores the batch in hand.
        await foreach (var batch in batches.ReadAllAsync(CancellationToken.None))
        {
            var tagging = time.GetTimestamp();
            var classified = PostTagging.Tag(classifier, batch);
            DropExpiredText(classified, textCutoff);
            counts.AddTagging(time.GetElapsedTime(tagging));
            await tagged.WriteAsync(classified, stop);
        }
    }

    private void Store(ChannelReader<ClassifiedPost[]> tagged, IPostBulkWriter writer, ImportCounts counts, CancellationTokenSource stop)
    {
        var pending = new List<ClassifiedPost>(TransactionPosts + BatchSize);
        try
        {
            while (tagged.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (tagged.TryRead(out var batch))
                {
                    pending.AddRange(batch);
                    if (pending.Count >= TransactionPosts)
                    {
                        Save(writer, pending, counts);
                    }
                }

                // Nothing more is waiting: the store keeps up, so what is in hand is written now rather than held.
                Save(writer, pending, counts);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }

    private void Save(IPostBulkWriter writer, List<ClassifiedPost> posts, ImportCounts counts)
    {
        if (posts.Count == 0)
        {
            return;
        }

        var storing = time.GetTimestamp();
        // Every batch read is stored whole: not cancellable, as a collection pass stores the batch in hand.
        counts.AddStored(writer.WriteAsync(posts, CancellationToken.None).GetAwaiter().GetResult());
        counts.AddStoring(time.GetElapsedTime(storing));
        posts.Clear();
    }

    /// <summary>
    /// Years-old archive posts are tagged from their text, but the text itself is kept no longer than
    /// <c>Store:TextRetention</c> allows: it is not stored at all when already past it.
    /// </summary>
    private static void DropExpiredText(ClassifiedPost[] classified, DateTimeOffset cutoff)
    {
        for (var i = 0; i < classified.Length; i++)
        {
            var post = classified[i].Post;
            if (post.CreatedAt < cutoff && (post.Title.Length > 0 || post.Body.Length > 0))
            {
                classified[i] = classified[i] with { Post = post with { Title = string.Empty, Body = string.Empty } };
            }
        }
    }

    private void Read(
        ImportRequest request,
        ImportCounts counts,
        ImportConsole console,
        ChannelWriter<List<Post>> batches,
        List<string> failures,
        CancellationToken stop,
        CancellationToken cancellationToken)
    {
        var batch = new List<Post>(BatchSize);
        try
        {
            foreach (var path in request.Files)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var length = 0L;
                try
                {
                    using var file = ImportFile.Open(path);
                    length = file.Length;
                    counts.StartFile(() => file.BytesRead);
                    foreach (var item in request.Reader(file.Content, path))
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            break;
                        }

                        counts.AddRead();
                        if (Take(item, request, counts, console, path) is not { } post)
                        {
                            continue;
                        }

                        batch.Add(post);
                        if (batch.Count == BatchSize)
                        {
                            Write(batches, batch, stop);
                            batch = new List<Post>(BatchSize);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ImportFormatException or ZstdException)
                {
                    var failure = $"{path}: {ex.Message}";
                    failures.Add(failure);
                    ImportLog.FileFailed(logger, path, ex.Message);
                    console.WriteLine($"Error: {failure}");
                }
                finally
                {
                    counts.EndFile(length);
                }
            }

            if (batch.Count > 0)
            {
                Write(batches, batch, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Another stage failed: nothing more is read.
        }
        finally
        {
            batches.Complete();
        }
    }

    private static Post? Take(ImportItem item, ImportRequest request, ImportCounts counts, ImportConsole console, string path)
    {
        switch (item.Skip)
        {
            case ImportSkip.Gone:
                counts.AddGone();
                return null;
            case ImportSkip.Malformed:
                counts.AddMalformed();
                console.ReportMalformed(path, item.Line, item.Problem ?? "malformed");
                return null;
        }

        if (item.Post is not { } post || !request.Filter.Accepts(post))
        {
            counts.AddFiltered();
            return null;
        }

        return post;
    }

    // The reading thread is a thread of its own: it waits for room synchronously.
    private static void Write(ChannelWriter<List<Post>> batches, List<Post> batch, CancellationToken stop)
    {
        while (!batches.TryWrite(batch))
        {
            if (!batches.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }
}
