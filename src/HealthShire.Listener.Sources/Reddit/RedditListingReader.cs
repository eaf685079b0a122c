using System.Text.Json;

namespace HealthShire.Listener.Sources.Reddit;

/// <summary>Reads a listing answer, turning malformed, truncated or wrongly shaped JSON into a failure.</summary>
internal static class RedditListingReader
{
    public static async Task<RedditListingResult> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        RedditThing? thing;
        try
        {
            thing = await JsonSerializer.DeserializeAsync(content, RedditJsonContext.Default.RedditThing, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return RedditListingResult.Failure($"the answer is not valid listing JSON ({ex.Message})");
        }

        if (thing is not { Kind: "Listing", Data: { Children: not null } data })
        {
            return RedditListingResult.Failure($"the answer is not a listing (kind '{thing?.Kind}')");
        }

        return RedditListingResult.Success(data);
    }
}
