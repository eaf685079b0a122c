using HealthShire.Listener.Core.Digest;

namespace HealthShire.Listener.Tests.Storage.Contracts;

/// <summary>The digest ledger's claims, retries and take-overs, the same on every store.</summary>
public abstract class DigestLedgerContract(StoreKind kind)
{
    private static readonly DigestWeek Week = new(2026, 47);

    /// <summary>A cut-off older than any claim these tests make, so no claim counts as abandoned.</summary>
    private static readonly DateTimeOffset NeverAbandoned = DateTimeOffset.UnixEpoch;

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_SecondClaimOfTheSameWeek_IsRefusedEvenWithOtherCase()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();

        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, force: false, NeverAbandoned, TestContext.Current.CancellationToken);
        var second = await ledger.TryClaimAsync("ANN@clinic.example", Week, force: false, NeverAbandoned, TestContext.Current.CancellationToken);
        var nextWeek = await ledger.TryClaimAsync("ann@clinic.example", new DigestWeek(2026, 48), force: false, NeverAbandoned, TestContext.Current.CancellationToken);

        Assert.Equal(1, first?.Attempt);
        Assert.Null(second);
        Assert.NotNull(nextWeek);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_AfterFailure_ClaimsAgainWithTheNextAttempt()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        var first = await FirstClaimAsync(ledger);

        Assert.True(await ledger.MarkFailedAsync(first, "SocketException: refused", TestContext.Current.CancellationToken));
        var failed = await ledger.GetAsync("ANN@clinic.example", Week, TestContext.Current.CancellationToken);
        var retry = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("no retry");

        Assert.Equal((DigestSendState.Failed, "SocketException: refused"), (failed?.State, failed?.Error));
        Assert.Equal(("ann@clinic.example", stores.Time.GetUtcNow()), (failed?.Address, failed?.StartedAt));
        Assert.Equal(2, retry.Attempt);
        Assert.False(await ledger.MarkSentAsync(first, TestContext.Current.CancellationToken));
        Assert.True(await ledger.MarkSentAsync(retry, TestContext.Current.CancellationToken));
        var sent = await ledger.GetAsync("ann@clinic.example", Week, TestContext.Current.CancellationToken);
        Assert.Equal((DigestSendState.Sent, 2, (string?)null), (sent?.State, sent?.Attempt, sent?.Error));
        Assert.NotNull(sent?.FinishedAt);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task MarkFailedAsync_LongError_IsCutTo500Characters()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        var claim = await FirstClaimAsync(ledger);

        Assert.True(await ledger.MarkFailedAsync(claim, new string('x', 2000), TestContext.Current.CancellationToken));

        Assert.Equal(500, (await ledger.GetAsync("ann@clinic.example", Week, TestContext.Current.CancellationToken))?.Error?.Length);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_SentWeek_OnlyWithForce()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        var claim = await FirstClaimAsync(ledger);
        await ledger.MarkSentAsync(claim, TestContext.Current.CancellationToken);

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, TestContext.Current.CancellationToken));
        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, true, NeverAbandoned, TestContext.Current.CancellationToken))?.Attempt);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_ManyRunsAtOnce_ExactlyOneWins()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledgers = Enumerable.Range(0, 8).Select(_ => stores.NewLedger()).ToList();

        var claims = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, TestContext.Current.CancellationToken))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_SendingClaimStartedBeforeTheCutOff_IsTakenOverWithTheNextAttempt()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        var stopped = await FirstClaimAsync(ledger);
        stores.Time.Advance(TimeSpan.FromMinutes(30));

        var whileRecent = await ledger.TryClaimAsync("ann@clinic.example", Week, false, stores.Time.GetUtcNow() - TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
        stores.Time.Advance(TimeSpan.FromMinutes(31));
        var afterCutOff = await ledger.TryClaimAsync("ann@clinic.example", Week, false, stores.Time.GetUtcNow() - TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        Assert.Null(whileRecent);
        Assert.Equal(2, afterCutOff?.Attempt);
        Assert.False(await ledger.MarkSentAsync(stopped, TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_CutOffWithAnOffset_ComparesTheInstant()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, TestContext.Current.CancellationToken);
        stores.Time.Advance(TimeSpan.FromMinutes(61));

        var cutOff = (stores.Time.GetUtcNow() - TimeSpan.FromHours(1)).ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, false, cutOff, TestContext.Current.CancellationToken))?.Attempt);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task TryClaimAsync_SentClaimStartedBeforeTheCutOff_IsNotTakenOver()
    {
        await using var stores = await DigestStoresUnderTest.CreateAsync(kind);
        var ledger = stores.NewLedger();
        var claim = await FirstClaimAsync(ledger);
        await ledger.MarkSentAsync(claim, TestContext.Current.CancellationToken);
        stores.Time.Advance(TimeSpan.FromDays(1));

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, stores.Time.GetUtcNow(), TestContext.Current.CancellationToken));
    }

    /// <summary>Ann's first claim of <see cref="Week"/>, the starting point of most tests here.</summary>
    private static async Task<DigestClaim> FirstClaimAsync(IDigestLedger ledger) =>
        await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("no claim");
}
