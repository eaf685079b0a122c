using System.Globalization;
using System.Text;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Digest;

/// <summary>Wording shared by the HTML and text digests. Returns plain text: callers encode for HTML.</summary>
internal static class DigestFormat
{
    public const int TitleLength = 120;

    public const int ExcerptLength = 200;

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Subject(DigestContent content) =>
        $"HealthShire weekly digest: {Range(content.WeekStart, content.WeekEnd)}";

    public static string Range(DateOnly from, DateOnly to) =>
        from.Year == to.Year
            ? $"{from.ToString("d MMM", Culture)} – {to.ToString("d MMM yyyy", Culture)}"
            : $"{from.ToString("d MMM yyyy", Culture)} – {to.ToString("d MMM yyyy", Culture)}";

    public static string Day(DateOnly day) => day.ToString("d MMM", Culture);

    public static string Greeting(DigestContent content) =>
        content.Subscriber.DisplayName.Length > 0 ? $"Hello {content.Subscriber.DisplayName}," : "Hello,";

    public static string TopicName(string topic) => topic switch
    {
        Topics.Adhd => "ADHD",
        Topics.Ptsd => "PTSD",
        Topics.EatingDisorder => "Eating disorders",
        Topics.SelfHarmSuicide => "Self-harm and suicide",
        Topics.None => "Other",
        _ => topic.Length == 0 ? topic : char.ToUpperInvariant(topic[0]) + topic[1..].Replace('_', ' '),
    };

    /// <summary>"+25 %", "−10 %", "no change" or "new" when the week before had none.</summary>
    public static string Change(double? change, long posts) => change switch
    {
        null => posts == 0 ? "–" : "new",
        0 => "no change",
        > 0 => string.Create(Culture, $"+{change.Value:0%}"),
        _ => string.Create(Culture, $"−{-change.Value:0%}"),
    };

    public static string Number(long value) => value.ToString("N0", Culture);

    public static string Decimal(double value) => value.ToString("0.0", Culture);

    public static string Where(string source, string community) => $"{source} · {community}";

    public static string Unsubscribe(DigestContent content) =>
        $"You receive this digest as {content.Subscriber.Address}. To stop it, reply to {content.UnsubscribeAddress} " +
        "with the word \"unsubscribe\", or ask an administrator to run: subscribers remove " + content.Subscriber.Address;

    /// <summary>Whitespace collapsed and cut on a word boundary with an ellipsis, control characters dropped.</summary>
    public static string Shorten(string text, int maxLength)
    {
        var flat = new StringBuilder(Math.Min(text.Length, maxLength * 2));
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (flat.Length > 0 && flat[^1] != ' ')
                {
                    flat.Append(' ');
                }
            }
            else
            {
                flat.Append(c);
            }

            if (flat.Length > maxLength * 2)
            {
                break;
            }
        }

        var clean = flat.ToString().Trim();
        if (clean.Length <= maxLength)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', maxLength - 1);
        return clean[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>The link when it is an absolute http(s) URL; anything else (javascript:, data:) is not linked.</summary>
    public static string? SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
