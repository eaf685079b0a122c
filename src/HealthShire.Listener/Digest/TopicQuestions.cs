using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Digest;

/// <summary>The top open questions of one topic and how many are open in all.</summary>
internal sealed record TopicQuestions(string Topic, IReadOnlyList<ListedPost> Items, long Total);
