using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Api.Crisis;

/// <summary>The <c>Crisis</c> section: what staff read before the crisis posts.</summary>
internal sealed class CrisisOptions
{
    public const string SectionName = "Crisis";

    public const string DefaultResourcesText =
        "If someone may be in immediate danger, call your local emergency number (911 in the US and Canada, 112 in the EU, 999 in the UK). " +
        "In the US, the 988 Suicide & Crisis Lifeline answers calls and texts to 988 and chats at 988lifeline.org. " +
        "In the UK and Ireland, Samaritans answer on 116 123. Elsewhere, find a helpline at findahelpline.com. " +
        "Reply as a person, point to these services, and never give medical advice in a public thread.";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Crisis:ResourcesText must not be empty: staff read it before any crisis post.")]
    public string ResourcesText { get; set; } = DefaultResourcesText;
}
