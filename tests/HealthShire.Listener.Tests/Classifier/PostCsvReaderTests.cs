using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Data;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class PostCsvReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("classifier-csv-").FullName;

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_MissingFile_ThrowsInputExceptionNamingTheFile()
    {
        var path = Path.Combine(folder, "absent.csv");

        var error = await Assert.ThrowsAsync<ClassifierInputException>(() => PostCsvReader.ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("absent.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_NoTextColumns_ThrowsInputException()
    {
        var path = Write("id,label\n1,anxiety\n");

        var error = await Assert.ThrowsAsync<ClassifierInputException>(() => PostCsvReader.ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("'title' or 'body'", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Unit)]
    public async Task ReadAsync_BadIntentCellAndEmptyText_SkipsAndCountsThoseRows()
    {
        var path = Write("id,label,title,body,question,crisis\n1,anxiety,t,\"multi\nline, body\",1,0\n2,none,t,b,yes,0\n3,none,,,0,0\n4,none,t,b,,1\n");

        var file = await PostCsvReader.ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(2, file.SkippedRows);
        Assert.Equal(["1", "4"], file.Posts.Select(p => p.Id));
        Assert.Equal("multi\nline, body", file.Posts[0].Body);
        Assert.True(file.Posts[0].Intents?.Question);
        Assert.Null(file.Posts[1].Intents?.Question);
        Assert.True(file.Posts[1].Intents?.Crisis);
        Assert.Null(file.Posts[0].Intents?.Medication);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        return path;
    }
}
