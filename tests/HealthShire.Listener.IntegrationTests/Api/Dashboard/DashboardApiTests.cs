using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Api.Dashboard;

/// <summary>The dashboard's data calls on the SQLite store.</summary>
public sealed class DashboardApiTests
{
    internal static readonly Dictionary<string, string?> Settings = new() { ["Listener:TimeZone"] = "Europe/Berlin" };

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Trends_GroupedBySourceOrCommunity_KeyedByGroupWithTotalsAndPartialPeriod()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.TrendsGroupedBySourceAndCommunityAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Posts_BehindAPoint_FilteredPagedNewestFirstWithoutCrisis()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.PostsBehindAPointAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task QuestionStatus_Open_UndoesAMarkAndCountsFollow()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.MarkUndoneWithOpenAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Search_PostsAndQuestions_MatchEveryWordWithoutReadingSyntax()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.KeywordSearchAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task CrisisAndQuestions_PagedWithTotalAndStatedWindow()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.ListsStateTheirWindowAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Status_NamesEachSourcesLastCollection()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.StatusSaysWhenEachSourceLastCollectedAsync(server);
    }

    [Fact(Timeout = TestTimeouts.Integration)]
    public async Task Community_AsPeopleWriteIt_MatchesTheStoredNameOrSaysWhyNot()
    {
        await using var server = await ListenerServer.StartAsync(Settings);
        await DashboardScenarios.CommunityNamesAsWrittenAsync(server);
    }
}
