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
/// Streams import files through the collectors' classify → store path: one thread reads and parses lines into batches,
/// the caller's loop tags each batch while the previous one is written in its own transaction. At most
/// <see cref="BatchesInFlight"/> batches wait between the two, so memory stays the same whatever the file's size.
/// Posts are upserted by (source, id), so a second import of the same file changes no count.
/// </summary>
internal sealed class PostImporter(
    IPostClassifier classifier,
    IPostStore store,
    IOptions<StoreOptions> storeOptions,
    TimeProvider time,
    ILogger<PostImporter> logger)
{
    public const int BatchSize = 1000;

    private const int BatchesInFlight = 1;

    /// <summary>
    /// Runs the import. Cancellation stops reading; the posts already read are still stored, so a re-run finds them
    /// stored and continues.
    /// </summary>
    public async Task<ImportOutcome> RunAsync(ImportRequest request, ImportCounts counts, ImportConsole console, CancellationToken cancellationToken)
    {
        ImportLog.Started(logger, request.Files.Count, request.Source);
        var started = time.GetTimestamp();
        var channel = Channel.CreateBounded<List<Post>>(
            new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var storeFailed = new CancellationTokenSource();
        var failures = new List<string>();
        var reading = Task.Run(() => Read(request, counts, console, channel.Writer, failures, storeFailed.Token, cancellationToken), CancellationToken.None);
        try
        {
            await StoreAsync(channel.Reader, counts);
        }
        catch
        {
            // Unblock the reader so that it ends; the store's exception is the one that matters.
            await storeFailed.CancelAsync();
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await reading;
        var outcome = new ImportOutcome(failures, cancellationToken.IsCancellationRequested, time.GetElapsedTime(started));
        ImportLog.Finished(
            logger, request.Source, counts.Read, counts.Inserted, counts.Updated, counts.Gone, counts.Malformed, counts.Filtered,
            outcome.Elapsed, outcome.Cancelled);
        return outcome;
    }

    private async Task StoreAsync(ChannelReader<List<Post>> batches, ImportCounts counts)
    {
        var textCutoff = time.GetUtcNow() - storeOptions.Value.TextRetention;
        Task<SaveResult>? writing = null;
        // Not cancellable on purpose: every batch read is stored whole, as a collection pass stores the batch in hand.
        await foreach (var batch in batches.ReadAllAsync(CancellationToken.None))
        {
            var classified = PostTagging.Tag(classifier, batch);
            DropExpiredText(classified, textCutoff);
            if (writing is not null)
            {
                counts.AddStored(await writing);
            }

            // SQLite writes run synchronously inside SaveBatchAsync: on a thread of their own they overlap the next batch's tagging.
            writing = Task.Run(() => store.SaveBatchAsync(classified, [], CancellationToken.None), CancellationToken.None);
        }

        if (writing is not null)
        {
            counts.AddStored(await writing);
        }
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
        CancellationToken storeFailed,
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
                            Write(batches, batch, storeFailed);
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
                Write(batches, batch, storeFailed);
            }
        }
        catch (OperationCanceledException) when (storeFailed.IsCancellationRequested)
        {
            // The store failed: nothing more is read.
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
    private static void Write(ChannelWriter<List<Post>> batches, List<Post> batch, CancellationToken storeFailed)
    {
        while (!batches.TryWrite(batch))
        {
            if (!batches.WaitToWriteAsync(storeFailed).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }
}
