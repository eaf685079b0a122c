using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Sqlite.Digest;
using HealthShire.Listener.Tests.Storage;

namespace HealthShire.Listener.Tests.Digest;

public sealed class SqliteDigestLedgerTests
{
    private static readonly DigestWeek Week = new(2026, 47);

    [Fact]
    public async Task TryClaimAsync_SecondClaimOfTheSameWeek_IsRefusedEvenWithOtherCase()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);

        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, force: false, CancellationToken.None);
        var second = await ledger.TryClaimAsync("ANN@clinic.example", Week, force: false, CancellationToken.None);
        var nextWeek = await ledger.TryClaimAsync("ann@clinic.example", new DigestWeek(2026, 48), force: false, CancellationToken.None);

        Assert.Equal(1, first?.Attempt);
        Assert.Null(second);
        Assert.NotNull(nextWeek);
    }

    [Fact]
    public async Task TryClaimAsync_AfterFailure_ClaimsAgainWithTheNextAttempt()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledger = new SqliteDigestLedger(temp.Database, temp.Time);
        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, false, CancellationToken.None) ?? throw new InvalidOperationException("no claim");

        Assert.True(await ledger.MarkFailedAsync(first, "SocketException: refused", CancellationToken.None));
        var failed = await ledger.GetAsync("ann@clinic.example", Week, CancellationToken.None);
        var retry = await ledger.TryClaimAsync("ann@clinic.example", Week, false, CancellationToken.None) ?? throw new InvalidOperationException("no retry");

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
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        await ledger.MarkSentAsync(claim, CancellationToken.None);

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, CancellationToken.None));
        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, true, CancellationToken.None))?.Attempt);
    }

    [Fact]
    public async Task TryClaimAsync_ManyRunsAtOnce_ExactlyOneWins()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        var ledgers = Enumerable.Range(0, 8).Select(_ => new SqliteDigestLedger(temp.Database, temp.Time)).ToList();

        var claims = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryClaimAsync("ann@clinic.example", Week, false, CancellationToken.None))));

        Assert.Single(claims, c => c is not null);
    }
}
