using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthShire.Listener.Api.Parameters;

/// <summary>A refused parameter as a 400 problem-details body that names it.</summary>
internal static class ParameterProblem
{
    public static ValidationProblem From(ParameterError error) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [error.Parameter] = [error.Message] },
            detail: error.ToString(),
            title: $"Invalid parameter '{error.Parameter}'");
}
