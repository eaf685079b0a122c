namespace HealthShire.Listener.Sources.X;

internal sealed record XPublicMetrics(int RetweetCount, int ReplyCount, int LikeCount, int QuoteCount);
