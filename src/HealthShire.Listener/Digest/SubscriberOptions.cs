namespace HealthShire.Listener.Digest;

/// <summary>One entry of <c>Digest:Subscribers</c>, saved to the store at each digest run.</summary>
internal sealed class SubscriberOptions
{
    public string Address { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Topic names; empty for every topic.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Source names; empty for every source.</summary>
    public List<string> Sources { get; set; } = [];

    public string TimeZone { get; set; } = "UTC";

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public int Hour { get; set; } = 8;
}
