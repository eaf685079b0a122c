using System.Text.Json;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.IntegrationTests.Api;

/// <summary>The medication endpoints of the real worker on the PostgreSQL store.</summary>
public sealed class PostgresMedicationsApiTests
{
    [Fact(Timeout = TestTimeouts.Long)]
    public async Task MedicationsAndFilters_OnPostgres_AnswerAsOnSqlite()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var server = await ListenerServer.StartAsync(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = database.ConnectionString,
            ["Store:PseudonymKey"] = "00112233445566778899aabbccddeeff",
        });
        await server.SeedAsync(
            Seed.Post("p1", Topics.Bipolar, age: TimeSpan.FromDays(7), medications: ["lamotrigine", "lithium"]),
            Seed.Post("p2", Topics.Bipolar, question: true, medications: ["lithium"]),
            Seed.Post("p3", Topics.Bipolar, question: true, medications: ["lithium"], flags: PostFlags.Reply),
            Seed.Post("p4", Topics.Bipolar, question: true));
        using var client = server.CreateClient();
        var token = TestContext.Current.CancellationToken;

        using var medications = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/medications", UriKind.Relative), token));
        using var questions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/questions?medication=Eskalith", UriKind.Relative), token));
        using var trends = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/trends?medication=lamictal", UriKind.Relative), token));

        var rows = medications.RootElement.GetProperty("medications").EnumerateArray()
            .ToDictionary(m => m.GetProperty("medication").GetString() ?? "", m => (m.GetProperty("posts").GetInt64(), m.GetProperty("openQuestions").GetInt64()));
        Assert.Equal((1L, 1L), rows["lithium"]);
        Assert.Equal((1L, 0L), rows["lamotrigine"]);
        var item = Assert.Single(questions.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("reddit-p2", item.GetProperty("id").GetString());
        Assert.Equal(["lithium"], item.GetProperty("medications").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(1, trends.RootElement.GetProperty("series").EnumerateArray().Sum(s => s.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("posts").GetInt64())));
    }
}
