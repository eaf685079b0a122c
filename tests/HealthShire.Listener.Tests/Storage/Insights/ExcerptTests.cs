using HealthShire.Listener.Storage.Common.Insights;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class ExcerptTests
{
    [Theory]
    [InlineData("", false, "")]
    [InlineData("  Short\n\n body\t here ", false, "Short body here")]
    [InlineData("Short start", true, "Short start…")]
    public void Of_ShortText_CollapsesWhitespace(string body, bool continues, string expected)
    {
        Assert.Equal(expected, Excerpt.Of(body, continues));
    }

    [Fact]
    public void Of_OneVeryLongWord_CutsInsideItWithoutSplittingAnEmoji()
    {
        var excerpt = Excerpt.Of("x" + string.Concat(Enumerable.Repeat("😞", 200)), false);

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= Excerpt.MaxLength + 1);
        Assert.False(char.IsHighSurrogate(excerpt[^2]));
    }
}
