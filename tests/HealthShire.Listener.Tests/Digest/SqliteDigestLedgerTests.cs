using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Sqlite.Digest;
using HealthShire.Listener.Tests.Storage;

namespace HealthShire.Listener.Tests.Digest;

public sealed class SqliteDigestLedgerTests
{
    private static readonly DigestWeek Week = new(2026, 47);

    /// <summary>A cut-off older than any claim these tests make, so no claim counts as abandoned.</summary>
    private static readonly DateTimeOffset NeverAbandoned = DateTimeOffset.UnixEpoch;

    [Fact]
    public async Task TryClaimAsync_SecondClaimOfTheSameWeek_IsRefusedEvenWithOtherCase()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);

        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, force: false, NeverAbandoned, CancellationToken.None);
        var second = await ledger.TryClaimAsync("ANN@clinic.example", Week, force: false, NeverAbandoned, CancellationToken.None);
        var nextWeek = await ledger.TryClaimAsync("ann@clinic.example", new DigestWeek(2026, 48), force: false, NeverAbandoned, CancellationToken.None);

        Assert.Equal(1, first?.Attempt);
        Assert.Null(second);
        Assert.NotNull(nextWeek);
    }

    [Fact]
    public async Task TryClaimAsync_AfterFailure_ClaimsAgainWithTheNextAttempt()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);
        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");

        Assert.True(await ledger.MarkFailedAsync(first, "SocketException: refused", CancellationToken.None));
        var failed = await ledger.GetAsync("ann@clinic.example", Week, CancellationToken.None);
        var retry = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no retry");

        Assert.Equal((DigestSendState.Failed, "SocketException: refused"), (failed?.State, failed?.Error));
        Assert.Equal(2, retry.Attempt);
        Assert.False(await ledger.MarkSentAsync(first, CancellationToken.None));
        Assert.True(await ledger.MarkSentAsync(retry, CancellationToken.None));
        Assert.Equal(DigestSendState.Sent, (await ledger.GetAsync("ann@clinic.example", Week, CancellationToken.None))?.State);
    }

    [Fact]
    public async Task TryClaimAsync_SentWeek_OnlyWithForce()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        await ledger.MarkSentAsync(claim, CancellationToken.None);

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None));
        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, true, NeverAbandoned, CancellationToken.None))?.Attempt);
    }

    [Fact]
    public async Task TryClaimAsync_ManyRunsAtOnce_ExactlyOneWins()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledgers = Enumerable.Range(0, 8).Select(_ => new SqliteDigestLedger(temp.Database, temp.Time)).ToList();

        var claims = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task TryClaimAsync_SendingClaimStartedBeforeTheCutOff_IsTakenOverWithTheNextAttempt()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);
        var stopped = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        temp.Time.Advance(TimeSpan.FromMinutes(30));

        var whileRecent = await ledger.TryClaimAsync("ann@clinic.example", Week, false, temp.Time.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromMinutes(31));
        var afterCutOff = await ledger.TryClaimAsync("ann@clinic.example", Week, false, temp.Time.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Null(whileRecent);
        Assert.Equal(2, afterCutOff?.Attempt);
        Assert.False(await ledger.MarkSentAsync(stopped, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_SentClaimStartedBeforeTheCutOff_IsNotTakenOver()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        await ledger.MarkSentAsync(claim, CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromDays(1));

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, temp.Time.GetUtcNow(), CancellationToken.None));
    }
}
