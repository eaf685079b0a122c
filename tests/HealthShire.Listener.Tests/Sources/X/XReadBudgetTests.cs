using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Sources.X;

namespace HealthShire.Listener.Tests.Sources.X;

public sealed class XReadBudgetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void Key_LocalEveningOnTheLastDay_IsTheUtcMonth() =>
        Assert.Equal("budget:2026-12", XReadBudget.KeyFor(Now));

    [Fact]
    public void Budget_StoredCountAndUnsavedRefreshReads_AddUp()
    {
        var stored = new Dictionary<string, Checkpoint>
        {
            ["budget:2026-12"] = new("x", "budget:2026-12", "9990", Now),
            ["budget:2026-11"] = new("x", "budget:2026-11", "5", Now),
        };

        var budget = new XReadBudget(Now, 10_000, stored, unsavedReads: 4);

        Assert.Equal(9994, budget.Spent);
        Assert.Equal(6, budget.Remaining);
        Assert.True(budget.HasUnsavedReads);
        budget.Add(6);
        Assert.True(budget.IsSpent);
        Assert.Equal("10000", budget.ToCheckpoint(Now).Value);
        Assert.False(budget.HasUnsavedReads);
    }

    [Fact]
    public void Budget_NewMonth_StartsFromZero()
    {
        var budget = new XReadBudget(Now, 100, new Dictionary<string, Checkpoint>(), unsavedReads: 0);

        Assert.Equal(0, budget.Spent);
        Assert.False(budget.HasUnsavedReads);
    }
}
