using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class ExportTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Some.CreatedAt.UtcDateTime);

    [Fact]
    public async Task ExportPostsAsync_WithoutPseudonyms_StreamsTaggedPostsInRangeOldestFirst()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await SeedAsync(temp);

        var posts = await temp.Insights.ExportPostsAsync(new ExportQuery(Day.AddDays(-1), Day, null, false), CancellationToken.None).ToListAsync();

        Assert.Equal(["reddit-yesterday", "reddit-today", "x-today-x"], posts.Select(post => post.Id));
        Assert.All(posts, post => Assert.Null(post.AuthorPseudonym));
        var today = posts[1];
        Assert.Equal(("reddit", "depression", Topics.Adhd, true, true, true, false), (today.Source, today.Community, today.Topic, today.Question, today.Medication, today.MedicationQuestion, today.Crisis));
        Assert.Equal((0.8f, 1, 0, "https://example.test/today", "A title", "Some body text"), (today.TopicProbability, today.Score, today.ReplyCount, today.Url, today.Title, today.Body));
    }

    [Fact]
    public async Task ExportPostsAsync_WithPseudonymsAndTopic_AddsThePseudonymAndFilters()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await SeedAsync(temp);

        var posts = await temp.Insights.ExportPostsAsync(new ExportQuery(Day.AddDays(-5), Day.AddDays(5), Topics.Adhd, true), CancellationToken.None).ToListAsync();

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-today", "a1b2c3d4e5f6a7b8c9d0"), (post.Id, post.AuthorPseudonym));
    }

    [Fact]
    public async Task ExportPostsAsync_CrisisPost_KeepsItsRowAndTagsButNotItsTextLinkOrPseudonym()
    {
        await using var temp = await TemporaryStore.CreateAsync();
        await temp.Store.SaveBatchAsync(
            [Some.Classified(Some.Post("crisis"), Some.Tags(Topics.SelfHarmSuicide, question: true, crisis: true))],
            [],
            CancellationToken.None);

        var posts = await temp.Insights.ExportPostsAsync(new ExportQuery(Day, Day, null, true), CancellationToken.None).ToListAsync();

        var post = Assert.Single(posts);
        Assert.Equal(("reddit-crisis", Topics.SelfHarmSuicide, true, true), (post.Id, post.Topic, post.Question, post.Crisis));
        Assert.Equal((string.Empty, string.Empty, string.Empty, (string?)null), (post.Title, post.Body, post.Url, post.AuthorPseudonym));
    }

    private static Task SeedAsync(TemporaryStore temp) => temp.Store.SaveBatchAsync(
        [
            Some.Classified(Some.Post("today"), Some.Tags(Topics.Adhd, question: true, medicationQuestion: true)),
            Some.Classified(Some.Post("today-x", source: "x", createdAt: Some.CreatedAt.AddHours(1))),
            Some.Classified(Some.Post("yesterday", createdAt: Some.CreatedAt.AddDays(-1))),
            Some.Classified(Some.Post("too-early", createdAt: Some.CreatedAt.AddDays(-2))),
            Some.Classified(Some.Post("tomorrow", createdAt: Some.CreatedAt.AddDays(1))),
        ],
        [],
        CancellationToken.None);
}
