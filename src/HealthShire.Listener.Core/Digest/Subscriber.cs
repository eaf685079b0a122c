namespace HealthShire.Listener.Core.Digest;

/// <summary>Someone who receives the weekly digest, and when.</summary>
/// <param name="Address">The e-mail address; unique, compared without regard to case.</param>
/// <param name="DisplayName">The name shown in the greeting and the To header; may be empty.</param>
/// <param name="Topics">The topics covered (see <see cref="Posts.Topics"/>); empty means every topic.</param>
/// <param name="Sources">The sources covered (<c>reddit</c>, <c>x</c>); empty means every source.</param>
/// <param name="TimeZoneId">The IANA (or Windows) id of the zone that the send day and hour are read in.</param>
/// <param name="SendDay">The day of the week the digest is due.</param>
/// <param name="SendHour">The hour of that day, 0 to 23, from which it is due.</param>
public sealed record Subscriber(
    string Address,
    string DisplayName,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Sources,
    string TimeZoneId,
    DayOfWeek SendDay,
    int SendHour);
