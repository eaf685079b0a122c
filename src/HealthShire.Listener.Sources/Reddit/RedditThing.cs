namespace HealthShire.Listener.Sources.Reddit;

/// <summary>The envelope Reddit wraps every answer in; a listing answer has kind "Listing".</summary>
internal sealed record RedditThing(string? Kind, RedditListingData? Data);
