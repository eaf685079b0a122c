using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Api.Dashboard;

/// <summary>The dashboard's data calls on the PostgreSQL store: the same answers as on SQLite.</summary>
public sealed class PostgresDashboardApiTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Trends_GroupedBySourceOrCommunity_KeyedByGroupWithTotalsAndPartialPeriod()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.TrendsGroupedBySourceAndCommunityAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Posts_BehindAPoint_FilteredPagedNewestFirstWithoutCrisis()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.PostsBehindAPointAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task QuestionStatus_Open_UndoesAMarkAndCountsFollow()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.MarkUndoneWithOpenAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Search_PostsAndQuestions_MatchEveryWordWithoutReadingSyntax()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.KeywordSearchAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task CrisisAndQuestions_PagedWithTotalAndStatedWindow()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.ListsStateTheirWindowAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Status_NamesEachSourcesLastCollection()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.StatusSaysWhenEachSourceLastCollectedAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Long)]
    public async Task Community_AsPeopleWriteIt_MatchesTheStoredNameOrSaysWhyNot()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await StartAsync(database);
        await DashboardScenarios.CommunityNamesAsWrittenAsync(server);
    }

    private static Task<ListenerServer> StartAsync(PostgresTestDatabase database) =>
        ListenerServer.StartAsync(new Dictionary<string, string?>(DashboardApiTests.Settings)
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
        });
}
