using HealthShire.Listener.Storage.Sqlite.Insights;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class SqliteSearchTextTests
{
    [Theory]
    [InlineData("sleep", "\"sleep\"")]
    [InlineData("  Ritalin   sleep ", "\"Ritalin\" \"sleep\"")]
    [InlineData("title:x OR y*", "\"title:x\" \"OR\" \"y*\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("NEAR(a b) - ^", "\"NEAR(a\" \"b)\"")]
    public void ToMatch_QuotesEveryWord_SoNothingIsReadAsSyntax(string text, string expected) =>
        Assert.Equal(expected, SqliteSearchText.ToMatch(text));

    [Fact]
    public void ToMatch_NoLetterOrDigit_IsNull() => Assert.Null(SqliteSearchText.ToMatch(" * - \" "));

    [Fact]
    public void ToMatch_ManyWords_KeepsTheFirstOnes() =>
        Assert.Equal(SqliteSearchText.MaxWords, SqliteSearchText.ToMatch(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i)))?.Count(c => c == ' ') + 1);
}
