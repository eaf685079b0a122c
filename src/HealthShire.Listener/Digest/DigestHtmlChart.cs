using System.Globalization;
using System.Text;
using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Digest;

/// <summary>
/// A topic's weekly counts as bars built from table cells with fixed heights and background
/// colours: no script, no image, no CSS a mail client might strip, so it renders in Outlook and
/// webmail alike. Every chart of one digest is drawn on one scale (<see cref="Peak"/>), so that bars of one
/// height mean one number of posts in every row.
/// </summary>
internal static class DigestHtmlChart
{
    public const int Height = 40;

    private const string Bar = "#3b73b9";
    private const string LatestBar = "#1d4f91";
    private const string Empty = "#d5dde6";

    /// <summary>The busiest week across all the charts: the count drawn at the full <see cref="Height"/>.</summary>
    public static long Peak(IEnumerable<IReadOnlyList<TrendPoint>> charts) =>
        charts.SelectMany(weeks => weeks).Select(week => week.Posts).DefaultIfEmpty(0).Max();

    /// <summary>Writes one chart, its bars scaled so that <paramref name="peak"/> posts fill the full height.</summary>
    public static void Write(StringBuilder html, IReadOnlyList<TrendPoint> weeks, long peak)
    {
        html.Append(CultureInfo.InvariantCulture, $"""<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>""");
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var height = peak == 0 || week.Posts == 0 ? 1 : Math.Max(2, (int)Math.Round(Height * (double)week.Posts / peak));
            var colour = week.Posts == 0 ? Empty : i == weeks.Count - 1 ? LatestBar : Bar;
            var label = $"Week of {DigestFormat.Day(week.Start)}: {DigestFormat.Number(week.Posts)} posts";
            html.Append(CultureInfo.InvariantCulture, $"""<td valign="bottom" height="{Height}" style="height:{Height}px;vertical-align:bottom;padding:0 1px">""");
            html.Append(CultureInfo.InvariantCulture, $"""<table role="presentation" width="14" cellpadding="0" cellspacing="0" border="0"><tr>""");
            html.Append(CultureInfo.InvariantCulture, $"""<td height="{height}" bgcolor="{colour}" title="{label}" style="height:{height}px;width:14px;background-color:{colour};font-size:0;line-height:0">&nbsp;</td>""");
            html.Append("</tr></table></td>");
        }

        html.Append("</tr></table>");
    }
}
