using HealthShire.Listener.Sources.Text;

namespace HealthShire.Listener.Tests.Sources.Text;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToPlainText_StatusMarkup_KeepsTheWordsAndDecodesEntities()
    {
        const string html = "<p>Started <a href=\"https://example.test/tags/adhd\" class=\"mention hashtag\">#<span>adhd</span></a> meds &amp; "
            + "I&#39;m &lt;nervous&gt;</p><p>Any tips?<br>Thanks <span class=\"h-card\"><a href=\"https://example.test/@x\">@<span>x</span></a></span></p>";

        var text = HtmlText.ToPlainText(html);

        Assert.Equal("Started #adhd meds & I'm <nervous>\n\nAny tips?\nThanks @x", text);
    }

    [Fact]
    public void ToPlainText_ScriptsStylesAndFrames_AreDroppedWithTheirContent()
    {
        const string html = "<div>before<script>alert('x')</script><style>p{color:red}</style>"
            + "<iframe src=\"https://evil.test\">frame text</iframe><img src=x onerror=alert(1)>after</div>";

        Assert.Equal("beforeafter", HtmlText.ToPlainText(html));
    }

    [Fact]
    public void ToPlainText_EscapedMarkupInText_StaysText()
    {
        Assert.Equal("<script>alert(1)</script>", HtmlText.ToPlainText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("plain words, no tags", "plain words, no tags")]
    [InlineData("<p>unclosed <b>bold", "unclosed bold")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\ntwo")]
    [InlineData("a&nbsp;&nbsp;b \t c", "a b c")]
    [InlineData("  plain   title \n\n\n second  ", "plain title\n\nsecond")]
    [InlineData("line one\r\nline two", "line one\nline two")]
    [InlineData("Fish > chips", "Fish > chips")]
    public void ToPlainText_EdgeCases(string? html, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(html));
}
