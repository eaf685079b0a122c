using System.Runtime.CompilerServices;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources.X;

/// <summary>
/// Collects English mental-health tweets from X recent search, one batch per configured query.
/// </summary>
/// <remarks>
/// Refresh reads cost budget too, but <see cref="RefreshAsync"/> cannot write checkpoints: they are
/// tallied in memory and added to the budget checkpoint of the next <see cref="FetchAsync"/> pass.
/// A process that stops between the two loses that tally, so the stored count can fall short by
/// one refresh; the budget is a guard against runaway spending, not an invoice.
/// </remarks>
internal sealed class XPostSource(
    XClient client,
    IAuthorPseudonymizer pseudonymizer,
    IOptions<XOptions> options,
    TimeProvider time,
    ILogger<XPostSource> logger) : IPostSource
{
    public const string StatusKey = "status";
    public const string StatusOk = "ok";

    private readonly XQueryPager _pager = new(client, pseudonymizer, logger);
    private int _unsavedRefreshReads;
    private int _offLogged;
    private (string BudgetKey, int Spent)? _lastKnownSpent;

    public string Name => XTweetMapper.SourceName;

    public TimeSpan RefreshMaxAge => options.Value.RefreshMaxAge;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(
        IReadOnlyDictionary<string, Checkpoint> checkpoints,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!HasToken())
        {
            yield break;
        }

        var budget = new XReadBudget(
            time.GetUtcNow(), settings.MonthlyReadBudget, checkpoints, Interlocked.Exchange(ref _unsavedRefreshReads, 0));
        var status = checkpoints.TryGetValue(StatusKey, out var storedStatus) ? storedStatus.Value : null;
        foreach (var query in XQueryBuilder.Build(settings.EffectiveQueries))
        {
            if (budget.IsSpent)
            {
                var spent = $"budget spent: {budget.Spent} of {budget.Budget} tweets read in {budget.Month}";
                if (status == spent)
                {
                    XLog.StillBudgetSpent(logger, budget.Spent, budget.Budget);
                }
                else
                {
                    XLog.BudgetSpent(logger, budget.Spent, budget.Budget, budget.Month);
                }

                yield return new SourceBatch(query.Name, [], Checkpoints(budget, query, null, spent));
                break;
            }

            var sinceId = checkpoints.TryGetValue(query.Name, out var since) ? since.Value : null;
            var pass = await _pager.RunAsync(query, sinceId, budget.Remaining, settings.BackfillPosts, cancellationToken);
            budget.Add(pass.Reads);
            _lastKnownSpent = (budget.Key, budget.Spent);
            if (pass.Outcome == XCallOutcome.Unauthorized)
            {
                var unauthorized = $"unauthorized: {pass.Reason}";
                LogUnauthorized(status == unauthorized, pass.Reason);
                yield return new SourceBatch(query.Name, pass.Posts, Checkpoints(budget, query, null, unauthorized));
                break;
            }

            if (pass.IsComplete)
            {
                XLog.QueryFetched(logger, query.Name, pass.Posts.Count, pass.Reads, sinceId ?? "(backfill)");
            }
            else
            {
                XLog.QueryIncomplete(logger, query.Name, pass.Reads, pass.Reason);
            }

            var newStatus = pass.IsComplete && status != StatusOk ? StatusOk : null;
            status = newStatus ?? status;
            yield return new SourceBatch(query.Name, pass.Posts, Checkpoints(budget, query, pass.NewestId, newStatus));
        }
    }

    public async Task<IReadOnlyList<PostUpdate>> RefreshAsync(
        IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        var updates = new List<PostUpdate>();
        if (sourceIds.Count == 0 || !HasToken())
        {
            return updates;
        }

        foreach (var chunk in sourceIds.Where(XTweetIds.IsValid).Distinct(StringComparer.Ordinal).Chunk(XClient.MaxIdsPerLookup))
        {
            if (IsKnownSpent())
            {
                XLog.RefreshBudgetSpent(logger, options.Value.MonthlyReadBudget);
                break;
            }

            var result = await client.LookupAsync(chunk, cancellationToken);
            if (result.Response is not { } response)
            {
                XLog.RefreshFailed(logger, chunk.Length, result.Reason);
                if (result.Outcome == XCallOutcome.Unauthorized)
                {
                    break;
                }

                continue;
            }

            Interlocked.Add(ref _unsavedRefreshReads, response.Data?.Count ?? 0);
            updates.AddRange(XTweetMapper.MapLookup(response));
        }

        return updates;
    }

    private bool HasToken()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BearerToken))
        {
            return true;
        }

        if (Interlocked.Exchange(ref _offLogged, 1) == 0)
        {
            XLog.NoBearerToken(logger);
        }

        return false;
    }

    /// <summary>Whether the last pass of this month, plus refreshes since, used up the budget.</summary>
    private bool IsKnownSpent()
    {
        var key = XReadBudget.KeyFor(time.GetUtcNow());
        return _lastKnownSpent is { } known
            && known.BudgetKey == key
            && known.Spent + Volatile.Read(ref _unsavedRefreshReads) >= options.Value.MonthlyReadBudget;
    }

    private void LogUnauthorized(bool alreadyStored, string reason)
    {
        if (alreadyStored)
        {
            XLog.StillUnauthorized(logger, reason);
        }
        else
        {
            XLog.Unauthorized(logger, reason);
        }
    }

    private List<Checkpoint> Checkpoints(XReadBudget budget, XQuery query, string? newestId, string? status)
    {
        var now = time.GetUtcNow();
        var list = new List<Checkpoint>();
        if (budget.HasUnsavedReads)
        {
            list.Add(budget.ToCheckpoint(now));
        }

        if (newestId is not null)
        {
            list.Add(new Checkpoint(Name, query.Name, newestId, now));
        }

        if (status is not null)
        {
            list.Add(new Checkpoint(Name, StatusKey, status, now));
        }

        return list;
    }
}
