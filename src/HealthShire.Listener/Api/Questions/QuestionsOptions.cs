namespace HealthShire.Listener.Api.Questions;

/// <summary>The <c>Questions</c> section: which open questions are listed by default.</summary>
internal sealed class QuestionsOptions
{
    public const string SectionName = "Questions";

    /// <summary>Only questions younger than this are listed unless <c>maxAgeDays</c> says otherwise.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);
}
