using System.Globalization;
using HealthShire.Listener.Core.Alerts;
using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Digest;

namespace HealthShire.Listener.Alerts;

/// <summary>How an alert rule is built from what a person typed, and every problem that makes one unusable.</summary>
internal static class AlertRuleInput
{
    public const int MaxSubjectLength = 200;

    public const int MaxUrlLength = 2000;

    /// <summary>
    /// The rule, or the problems (each naming the option and, unless it holds control characters, quoting the value).
    /// Topics must be known topics, medications known names (a brand reads as its generic name); crisis rules name a
    /// community or none, and go to an e-mail address only: never to a webhook.
    /// </summary>
    public static (NewAlertRule? Rule, IReadOnlyList<string> Problems) Create(
        string? kind,
        string? subject,
        string? community,
        double threshold,
        string? email,
        string? webhook)
    {
        var problems = new List<string>();
        if (!AlertNames.TryParseKind(kind, out var parsed))
        {
            problems.Add($"--kind must be one of {string.Join(", ", AlertNames.Kinds)}; got '{Printable(kind)}'.");
            return (null, problems);
        }

        var name = Subject(parsed, subject?.Trim() ?? string.Empty, community?.Trim() ?? string.Empty, problems);
        if (!double.IsFinite(threshold) || threshold <= 0 || threshold > 1000)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--threshold must be a number above 0 and at most 1000 (a z-score such as 3, or for crisis a factor such as 2); got {threshold}."));
        }

        email = email?.Trim();
        if (email is not null && email.Any(char.IsControl))
        {
            problems.Add("--email must not contain control characters such as line breaks.");
        }
        else if (email is not null && !MailAddressRules.IsValid(email))
        {
            problems.Add($"--email must be an e-mail address such as ann@clinic.example; got '{email}'.");
        }

        webhook = webhook?.Trim();
        if (webhook is not null && webhook.Any(char.IsControl))
        {
            problems.Add("--webhook must not contain control characters such as line breaks.");
        }
        else if (webhook is not null && !IsHttpUrl(webhook))
        {
            problems.Add($"--webhook must be an absolute http or https URL without a user name or password, such as https://hooks.clinic.example/alerts; got '{webhook}'.");
        }

        if (parsed == AlertKind.Crisis && webhook is not null)
        {
            problems.Add("--webhook cannot be used with --kind crisis: crisis alerts go only to an e-mail address (--email).");
        }
        else if (email is null && webhook is null)
        {
            problems.Add("Give --email, --webhook or both: where the alert is sent.");
        }

        return problems.Count > 0 ? (null, problems) : (new NewAlertRule(parsed, name, threshold, email, webhook), problems);
    }

    /// <summary>An absolute http(s) URL with a host and no user information (which would put a password in the store and logs).</summary>
    public static bool IsHttpUrl(string text) =>
        text.Length <= MaxUrlLength &&
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        uri.Host.Length > 0 && uri.UserInfo.Length == 0;

    /// <summary>A webhook's address for logs, lists and the API: scheme, host and port only, since paths often hold tokens.</summary>
    public static string MaskUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : "(invalid URL)";

    private static string Subject(AlertKind kind, string subject, string community, List<string> problems)
    {
        if (kind == AlertKind.Crisis)
        {
            if (subject.Length > 0)
            {
                problems.Add("--subject is for topic and medication rules; a crisis rule takes --community (or none for every community).");
            }

            return Checked("--community", community, problems);
        }

        if (community.Length > 0)
        {
            problems.Add($"--community is for crisis rules; a {AlertNames.Of(kind)} rule takes --subject.");
        }

        subject = Checked("--subject", subject, problems);
        if (subject.Length == 0 || subject.Any(char.IsControl))
        {
            return subject;
        }

        if (kind == AlertKind.Topic)
        {
            var topic = subject.ToLowerInvariant();
            if (!Topics.All.Contains(topic))
            {
                problems.Add($"--subject holds '{subject}', which is not a topic; use any of {string.Join(", ", Topics.All)}.");
            }

            return topic;
        }

        if (!MedicationLexicon.TryNormalise(subject, out var generic))
        {
            problems.Add($"--subject holds '{subject}', which is not a medication this build knows (generic or brand name, such as sertraline).");
            return subject;
        }

        return generic;
    }

    private static string Checked(string option, string value, List<string> problems)
    {
        if (value.Any(char.IsControl))
        {
            problems.Add($"{option} must not contain control characters such as line breaks.");
        }
        else if (value.Length > MaxSubjectLength)
        {
            problems.Add($"{option} must be at most {MaxSubjectLength} characters; got {value.Length}.");
        }

        return value;
    }

    private static string Printable(string? text) => text is null ? string.Empty : new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
}
