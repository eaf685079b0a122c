using System.CommandLine;
using System.Globalization;
using HealthShire.Listener.Api.Parameters;
using HealthShire.Listener.Core.Classification;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Storage;

namespace HealthShire.Listener.Commands;

/// <summary>
/// <c>reclassify [--since DATE] [--all]</c>: re-tags stored posts that an older model tagged, or that were tagged before
/// the store kept the medications each post names; the day rollups (topic and medication) move with the tags.
/// </summary>
internal static class ReclassifyCommand
{
    private const int BatchSize = 1000;

    public static Command Create(CommandEnvironment environment)
    {
        var since = new Option<string?>("--since") { Description = "Only posts created on or after this date (yyyy-MM-dd, UTC)." };
        var all = new Option<bool>("--all") { Description = "Re-tag posts even when the current model already tagged them." };
        var command = new Command("reclassify", "Re-tag stored posts with the current model and the medication lexicon (after a model change or an upgrade), showing progress.")
        {
            since,
            all,
        };
        command.SetAction((parseResult, ct) => HostedCommand.RunAsync(
            parseResult,
            environment,
            async (app, writer, token) =>
            {
                if (ParameterReader.Day("since", parseResult.GetValue(since), out var day) is { } error)
                {
                    return await CommandParameters.RefuseAsync(parseResult, error);
                }

                DateTimeOffset? from = day is { } first ? new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

                var (seen, retagged) = await ReclassifyAsync(
                    app.Services, from, parseResult.GetValue(all), parseResult.InvocationConfiguration.Error, token);
                await writer.WriteLineAsync($"Re-tagged {retagged} of {seen} stored posts with model {app.Services.GetRequiredService<IPostClassifier>().ModelVersion}.");
                return 0;
            },
            ct));
        return command;
    }

    private static async Task<(int Seen, int Retagged)> ReclassifyAsync(
        IServiceProvider services, DateTimeOffset? since, bool all, TextWriter progressWriter, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IPostStore>();
        var classifier = services.GetRequiredService<IPostClassifier>();
        var status = await store.GetStatusAsync(cancellationToken);
        var progress = new ReclassifyProgress(progressWriter, services.GetRequiredService<TimeProvider>(), status.Communities.Sum(c => c.Posts));
        var pending = new List<StoredPostText>(BatchSize);
        int seen = 0, retagged = 0;
        await foreach (var post in store.ReadPostTextsAsync(since, cancellationToken))
        {
            seen++;
            if (all || post.ModelVersion != classifier.ModelVersion || !post.MedicationsTagged)
            {
                pending.Add(post);
            }

            if (pending.Count == BatchSize)
            {
                retagged += await RetagAsync(store, classifier, pending, cancellationToken);
                await progress.BatchDoneAsync(seen, retagged);
            }
        }

        retagged += await RetagAsync(store, classifier, pending, cancellationToken);
        await progress.ShowAsync(seen, retagged);
        return (seen, retagged);
    }

    private static async Task<int> RetagAsync(IPostStore store, IPostClassifier classifier, List<StoredPostText> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return 0;
        }

        var tags = classifier.Classify([.. posts.Select(p => new PostText(p.Title, p.Body))]);
        var updated = await store.UpdateTagsAsync([.. posts.Select((p, i) => new PostTagUpdate(p.Source, p.SourceId, tags[i]))], cancellationToken);
        posts.Clear();
        return updated;
    }
}
