using HealthShire.Listener.Core.Digest;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Digest;

/// <summary>How a subscriber is built from what a person typed, and what makes one unusable.</summary>
internal static class SubscriberRules
{
    public static Subscriber Create(
        string address,
        string? name,
        IEnumerable<string> topics,
        IEnumerable<string> sources,
        string timeZone,
        DayOfWeek day,
        int hour) =>
        new(address.Trim(), name?.Trim() ?? string.Empty, Names(topics), Names(sources), timeZone.Trim(), day, hour);

    /// <summary>
    /// Every problem, each naming the setting through <paramref name="key"/> and quoting the bad value; a subscriber's
    /// sources must be among <paramref name="sources"/>, the registered ones.
    /// </summary>
    public static IEnumerable<string> Problems(Subscriber subscriber, Func<string, string> key, IReadOnlyCollection<string> sources)
    {
        // Control characters (CR/LF above all) in a name or address could forge mail headers or log lines: never echoed.
        if (subscriber.Address.Any(char.IsControl))
        {
            yield return $"{key("Address")} must not contain control characters such as line breaks.";
        }
        else if (!MailAddressRules.IsValid(subscriber.Address))
        {
            yield return $"{key("Address")} must be an e-mail address such as ann@clinic.example; got '{subscriber.Address}'.";
        }

        if (subscriber.DisplayName.Any(char.IsControl))
        {
            yield return $"{key("Name")} must not contain control characters such as line breaks.";
        }

        foreach (var topic in subscriber.Topics.Where(t => !Topics.All.Contains(t)))
        {
            yield return $"{key("Topics")} holds '{topic}', which is not a topic; use any of {string.Join(", ", Topics.All)}.";
        }

        foreach (var source in subscriber.Sources.Where(s => !sources.Contains(s)))
        {
            yield return $"{key("Sources")} holds '{source}', which is not a source; use any of {string.Join(", ", sources)}.";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(subscriber.TimeZoneId, out _))
        {
            yield return $"{key("TimeZone")} must be a time zone id such as Europe/London or UTC; got '{subscriber.TimeZoneId}'.";
        }

        if (!Enum.IsDefined(subscriber.SendDay))
        {
            yield return $"{key("Day")} must be a day of the week such as Monday; got '{subscriber.SendDay}'.";
        }

        if (subscriber.SendHour is < 0 or > 23)
        {
            yield return $"{key("Hour")} must be an hour from 0 to 23; got {subscriber.SendHour}.";
        }
    }

    private static string[] Names(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
}
