using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Digest;

/// <summary>The <c>Digest</c> section: the weekly e-mail, its schedule, its mail server and its seed subscribers.</summary>
internal sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Hourly: each run sends to the subscribers whose send day and hour have passed this week.</summary>
    public const string DefaultSchedule = "0 0 * * * ?";

    /// <summary>Whether the worker schedules the digest job; the <c>digest</c> command works either way.</summary>
    public bool Enabled { get; set; }

    /// <summary>The sender address (or <c>Name &lt;address&gt;</c>); required to send.</summary>
    public string From { get; set; } = string.Empty;

    public SmtpOptions Smtp { get; set; } = new();

    public List<SubscriberOptions> Subscribers { get; set; } = [];

    /// <summary>A Quartz cron expression, read in UTC.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Digest:Schedule must be a Quartz cron expression such as '0 0 * * * ?'.")]
    public string Schedule { get; set; } = DefaultSchedule;

    /// <summary>Shown beside the crisis count; when empty, <c>Crisis:ResourcesText</c> is used.</summary>
    public string CrisisResourcesText { get; set; } = string.Empty;

    public int QuestionsPerTopic { get; set; } = 5;

    /// <summary>
    /// A send still recorded as in progress after this long was cut off (its process stopped mid-send) and is tried again,
    /// with the same Message-ID, so that a mail system that did get the first copy can drop the second.
    /// </summary>
    public TimeSpan AbandonedSendAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Only questions asked within this age are listed.</summary>
    public TimeSpan QuestionMaxAge { get; set; } = TimeSpan.FromDays(7);
}
