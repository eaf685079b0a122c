using System.Text;
using HealthShire.Listener.Sources.Import;

namespace HealthShire.Listener.Tests.Sources.Import;

public sealed class JsonLinesTests
{
    [Fact]
    public void TryRead_MixedLineEndsBlankLinesAndNoFinalBreak_GivesEachLineWithItsNumber()
    {
        var lines = Read("{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}");

        Assert.Equal([(1L, "{\"a\":1}"), (4L, "{\"b\":2}"), (5L, "{\"c\":3}")], lines);
    }

    [Fact]
    public void TryRead_LineLongerThanTheLimit_IsFlaggedAndTheNextLineStillReads()
    {
        var huge = new string('x', JsonLines.MaxLineBytes + 10);
        var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{{\"a\":1}}\n{huge}\n{{\"b\":2}}\n"));
        var reader = new JsonLines(stream);
        var seen = new List<(long, bool, string)>();

        while (reader.TryRead(out var line, out var tooLong))
        {
            seen.Add((reader.LineNumber, tooLong, Encoding.UTF8.GetString(line)));
        }

        Assert.Equal([(1L, false, "{\"a\":1}"), (2L, true, ""), (3L, false, "{\"b\":2}")], seen);
    }

    [Fact]
    public void TryRead_LinesAcrossManyBufferFills_AreWhole()
    {
        var expected = Enumerable.Range(0, 5000).Select(i => $"{{\"id\":\"{i}\",\"pad\":\"{new string('p', i % 300)}\"}}").ToList();

        var lines = Read(string.Join('\n', expected) + "\n");

        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(5000, lines[^1].Line);
    }

    private static List<(long Line, string Text)> Read(string text)
    {
        var reader = new JsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var lines = new List<(long, string)>();
        while (reader.TryRead(out var line, out var tooLong))
        {
            Assert.False(tooLong);
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(line)));
        }

        return lines;
    }
}
