using System.Globalization;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Alerts;

/// <summary>
/// The sentences of an alert e-mail, as plain text (encoded where HTML needs it). Names come from the store, so control
/// characters become spaces before they reach a header.
/// </summary>
internal static class AlertText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>The subject line: what crossed, and the figure.</summary>
    public static string Subject(AlertFiring firing) => firing.Rule.Kind switch
    {
        AlertKind.Topic => $"HealthShire alert: topic {Name(firing)} is rising (z-score {Figure(firing.Value)}, week of {Week(firing)})",
        AlertKind.Medication => $"HealthShire alert: medication {Name(firing)} is rising (z-score {Figure(firing.Value)}, week of {Week(firing)})",
        _ => $"HealthShire alert: crisis posts in {Name(firing)} at {Figure(firing.Value)}× the usual (week of {Week(firing)})",
    };

    /// <summary>What the figure means, with the counts behind it.</summary>
    public static string Summary(AlertFiring firing)
    {
        var measure = firing.Measure;
        return firing.Rule.Kind == AlertKind.Crisis
            ? string.Create(Culture, $"{DigestFormat.Number(measure.Posts)} posts in {Name(firing)} were tagged as a possible crisis in the week of {Week(firing)} so far, against {DigestFormat.Decimal(measure.TrailingMean)} a week over the {TrailingWeeks} weeks before: {Figure(firing.Value)} times the usual (alert at {Figure(firing.Rule.Threshold)}).")
            : string.Create(Culture, $"{DigestFormat.Number(measure.Posts)} posts {(firing.Rule.Kind == AlertKind.Topic ? "about" : "naming")} {Name(firing)} in the week of {Week(firing)}, against {DigestFormat.Decimal(measure.TrailingMean)} a week over the {TrailingWeeks} weeks before: a z-score of {Figure(firing.Value)} (alert at {Figure(firing.Rule.Threshold)}).");
    }

    /// <summary>What a reader can do next; for crisis, where to read the posts safely (they are never in the e-mail).</summary>
    public static string Next(AlertFiring firing) => firing.Rule.Kind == AlertKind.Crisis
        ? "The posts are not in this e-mail. Staff trained to help can read them in the dashboard's crisis view."
        : "The dashboard's trends show the weeks behind this figure.";

    public static string Footer(AlertFiring firing) => string.Create(
        Culture,
        $"Sent once for this week by alert rule {firing.Rule.Id}. Stop it with: alerts remove {firing.Rule.Id}");

    /// <summary>The topic's readable name, or the medication or community as stored.</summary>
    public static string Name(AlertFiring firing) => Printable(firing.Rule.Kind == AlertKind.Topic
        ? DigestFormat.TopicName(firing.Measure.Subject)
        : firing.Measure.Subject);

    public static string Figure(double value) => value.ToString("0.0", Culture);

    public static string Week(AlertFiring firing) => firing.Measure.WeekStart.ToString("d MMM yyyy", Culture);

    private static int TrailingWeeks => Api.Trends.TrendsApi.TrailingWeeks;

    private static string Printable(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
