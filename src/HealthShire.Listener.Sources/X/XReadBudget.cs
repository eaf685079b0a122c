using System.Globalization;
using HealthShire.Listener.Core.Sources;

namespace HealthShire.Listener.Sources.X;

/// <summary>
/// Tweets read in the current UTC month against Sources:X:MonthlyReadBudget, kept as the checkpoint
/// <c>budget:yyyy-MM</c> so the count is saved in the same transaction as the tweets it paid for.
/// </summary>
internal sealed class XReadBudget
{
    private int _saved;

    public XReadBudget(DateTimeOffset now, int budget, IReadOnlyDictionary<string, Checkpoint> checkpoints, int unsavedReads)
    {
        Month = now.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Key = KeyFor(now);
        Budget = budget;
        _saved = checkpoints.TryGetValue(Key, out var checkpoint)
            && int.TryParse(checkpoint.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? count
                : 0;
        Spent = _saved + unsavedReads;
    }

    public string Month { get; }

    public string Key { get; }

    public int Budget { get; }

    public int Spent { get; private set; }

    public int Remaining => Math.Max(0, Budget - Spent);

    public bool IsSpent => Spent >= Budget;

    public bool HasUnsavedReads => Spent != _saved;

    public static string KeyFor(DateTimeOffset now) =>
        "budget:" + now.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public void Add(int reads) => Spent += reads;

    /// <summary>The checkpoint for the batch about to be yielded; later batches carry only newer counts.</summary>
    public Checkpoint ToCheckpoint(DateTimeOffset now)
    {
        _saved = Spent;
        return new(XTweetMapper.SourceName, Key, Spent.ToString(CultureInfo.InvariantCulture), now);
    }
}
