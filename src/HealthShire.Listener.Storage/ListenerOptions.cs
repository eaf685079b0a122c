using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Storage;

/// <summary>Settings the whole listener shares: the zone its days and weeks are cut in.</summary>
internal sealed class ListenerOptions
{
    public const string SectionName = "Listener";

    public const string DefaultTimeZone = "UTC";

    /// <summary>An IANA id (<c>Europe/Berlin</c>) or a Windows id (<c>W. Europe Standard Time</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = DefaultTimeZone;
}
