using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Storage.Postgres;
using HealthShire.Listener.Storage.Postgres.Digest;

namespace HealthShire.Listener.Tests.Storage.Postgres.Digest;

public sealed class PostgresDigestLedgerTests
{
    private static readonly DigestWeek Week = new(2026, 47);

    /// <summary>A cut-off older than any claim these tests make, so no claim counts as abandoned.</summary>
    private static readonly DateTimeOffset NeverAbandoned = DateTimeOffset.UnixEpoch;

    [Fact]
    public async Task TryClaimAsync_SecondClaimOfTheSameWeek_IsRefusedEvenWithOtherCase()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);

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
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
        var first = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");

        Assert.True(await ledger.MarkFailedAsync(first, "SocketException: refused", CancellationToken.None));
        var failed = await ledger.GetAsync("ANN@clinic.example", Week, CancellationToken.None);
        var retry = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no retry");

        Assert.Equal((DigestSendState.Failed, "SocketException: refused"), (failed?.State, failed?.Error));
        Assert.Equal(("ann@clinic.example", temp.Time.GetUtcNow()), (failed?.Address, failed?.StartedAt));
        Assert.Equal(2, retry.Attempt);
        Assert.False(await ledger.MarkSentAsync(first, CancellationToken.None));
        Assert.True(await ledger.MarkSentAsync(retry, CancellationToken.None));
        var sent = await ledger.GetAsync("ann@clinic.example", Week, CancellationToken.None);
        Assert.Equal((DigestSendState.Sent, 2, (string?)null), (sent?.State, sent?.Attempt, sent?.Error));
        Assert.NotNull(sent?.FinishedAt);
    }

    [Fact]
    public async Task MarkFailedAsync_LongError_IsCutTo500Characters()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");

        Assert.True(await ledger.MarkFailedAsync(claim, new string('x', 2000), CancellationToken.None));

        Assert.Equal(500, (await ledger.GetAsync("ann@clinic.example", Week, CancellationToken.None))?.Error?.Length);
    }

    [Fact]
    public async Task TryClaimAsync_SentWeek_OnlyWithForce()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        await ledger.MarkSentAsync(claim, CancellationToken.None);

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None));
        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, true, NeverAbandoned, CancellationToken.None))?.Attempt);
    }

    [Fact]
    public async Task TryClaimAsync_ManyRunsAtOnceOnSeparateDataSources_ExactlyOneWins()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var databases = Enumerable.Range(0, 8).Select(_ => new PostgresDatabase(temp.ConnectionString)).ToList();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                var week = new DigestWeek(2026, 40 + round);
                using var start = new ManualResetEventSlim();
                var runs = databases.Select(d => new PostgresDigestLedger(d, temp.Time)).Select(l => Task.Run(() =>
                {
                    start.Wait();
                    return l.TryClaimAsync("ann@clinic.example", week, false, NeverAbandoned, CancellationToken.None);
                })).ToList();
                start.Set();

                var claims = await Task.WhenAll(runs);

                Assert.Single(claims, c => c is not null);
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task TryClaimAsync_SendingClaimStartedBeforeTheCutOff_IsTakenOverWithTheNextAttempt()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
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
    public async Task TryClaimAsync_CutOffWithAnOffset_ComparesTheInstant()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
        await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromMinutes(61));

        var cutOff = (temp.Time.GetUtcNow() - TimeSpan.FromHours(1)).ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(2, (await ledger.TryClaimAsync("ann@clinic.example", Week, false, cutOff, CancellationToken.None))?.Attempt);
    }

    [Fact]
    public async Task TryClaimAsync_SentClaimStartedBeforeTheCutOff_IsNotTakenOver()
    {
        await using var temp = await PostgresTemporaryDatabase.CreateAsync();
        if (temp is null)
        {
            return; // No PostgreSQL on this machine; .ci/run installs it.
        }

        var ledger = new PostgresDigestLedger(temp.Database, temp.Time);
        var claim = await ledger.TryClaimAsync("ann@clinic.example", Week, false, NeverAbandoned, CancellationToken.None) ?? throw new InvalidOperationException("no claim");
        await ledger.MarkSentAsync(claim, CancellationToken.None);
        temp.Time.Advance(TimeSpan.FromDays(1));

        Assert.Null(await ledger.TryClaimAsync("ann@clinic.example", Week, false, temp.Time.GetUtcNow(), CancellationToken.None));
    }
}
