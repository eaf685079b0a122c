using System.Text.RegularExpressions;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Tests.Digest;

public sealed partial class DigestRendererTests
{
    [Fact]
    public void Render_ScriptInTitleAndExcerpt_IsEncodedText()
    {
        var content = DigestSamples.Content([DigestSamples.Question("<script>alert('x')</script> help?", excerpt: "<img src=x onerror=alert(1)>")]);

        var html = DigestHtmlRenderer.Render(content);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; help?", html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script> help?", DigestTextRenderer.Render(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuestionNamingMedications_ShowsThemEncodedInBothParts()
    {
        var question = DigestSamples.Question("Sleep on a new dose?") with { Medications = ["<i>x</i>", "sertraline"] };

        var content = DigestSamples.Content([question]);
        var html = DigestHtmlRenderer.Render(content);

        Assert.Contains("&lt;i&gt;x&lt;/i&gt;, sertraline", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("· <i>x</i>, sertraline", DigestTextRenderer.Render(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NonHttpLink_IsNotLinked()
    {
        var content = DigestSamples.Content([DigestSamples.Question("Odd link", url: "javascript:alert(1)")]);

        var html = DigestHtmlRenderer.Render(content);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<b>Odd link</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongTitle_IsShortenedOnAWord()
    {
        var title = string.Join(' ', Enumerable.Repeat("word", 60));

        var html = DigestHtmlRenderer.Render(DigestSamples.Content([DigestSamples.Question(title)]));

        Assert.DoesNotContain(title, html, StringComparison.Ordinal);
        Assert.Contains("word word…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Chart_HasOneBarPerWeekAndNoScriptOrImage()
    {
        var html = DigestHtmlRenderer.Render(DigestSamples.Content());

        Assert.Equal(2 * DigestComposer.ChartWeeks, BarCell().Count(html));
        Assert.Contains("title=\"Week of 9 Nov: 12 posts\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_Charts_ShareOneScaleSoOnePostDrawsShortNextToABusyTopic()
    {
        var content = DigestSamples.Content() with
        {
            Topics = [DigestSamples.Weeks("depression", 0, 0, 0, 0, 0, 0, 20, 40), DigestSamples.Weeks("adhd", 0, 0, 0, 0, 0, 0, 0, 1)],
        };

        var html = DigestHtmlRenderer.Render(content);

        // 40 posts fill the height; 20 draw half as tall; the one post of the other topic draws at the 2 px minimum, not 40.
        Assert.Contains($"<td height=\"{DigestHtmlChart.Height}\" bgcolor=\"#1d4f91\" title=\"Week of 9 Nov: 40 posts\"", html, StringComparison.Ordinal);
        Assert.Contains("<td height=\"20\" bgcolor=\"#3b73b9\" title=\"Week of 2 Nov: 20 posts\"", html, StringComparison.Ordinal);
        Assert.Contains("<td height=\"2\" bgcolor=\"#1d4f91\" title=\"Week of 9 Nov: 1 posts\"", html, StringComparison.Ordinal);
        Assert.Equal(1, BarCell().Matches(html).Count(m => m.Value.Contains($"height=\"{DigestHtmlChart.Height}\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Numbers_AppearInBothParts()
    {
        var content = DigestSamples.Content(crisis: 3);

        var html = DigestHtmlRenderer.Render(content);
        var text = DigestTextRenderer.Render(content);

        Assert.Contains("<b>12</b>", html, StringComparison.Ordinal);
        Assert.Contains("+20%", html, StringComparison.Ordinal);
        Assert.Contains("(4, 6, 5, 7, 8, 6, 10, 12)", text, StringComparison.Ordinal);
        Assert.Contains("3 posts in your topics were tagged as a possible crisis", html, StringComparison.Ordinal);
        Assert.Contains("3 posts in your topics were tagged as a possible crisis", text, StringComparison.Ordinal);
        Assert.Contains("Call 988 in the US.", text, StringComparison.Ordinal);
        Assert.Contains("top 1 of 9 open", text, StringComparison.Ordinal);
        Assert.Contains("subscribers remove ann@clinic.example", html, StringComparison.Ordinal);
        Assert.Contains("subscribers remove ann@clinic.example", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("<td height=\"\\d+\" bgcolor=")]
    private static partial Regex BarCell();
}
