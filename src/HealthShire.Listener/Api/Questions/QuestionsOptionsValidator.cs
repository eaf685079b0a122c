using HealthShire.Listener.Api.Parameters;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api.Questions;

/// <summary>The default age window must be one the API itself would accept.</summary>
internal sealed class QuestionsOptionsValidator : IValidateOptions<QuestionsOptions>
{
    public ValidateOptionsResult Validate(string? name, QuestionsOptions options) =>
        options.MaxAge < TimeSpan.FromDays(1) || options.MaxAge > TimeSpan.FromDays(PostListRequest.MaxAgeDaysLimit)
            ? ValidateOptionsResult.Fail(
                $"{QuestionsOptions.SectionName}:{nameof(QuestionsOptions.MaxAge)} must be from 1.00:00:00 to {PostListRequest.MaxAgeDaysLimit}.00:00:00; got '{options.MaxAge:c}'.")
            : ValidateOptionsResult.Success;
}
