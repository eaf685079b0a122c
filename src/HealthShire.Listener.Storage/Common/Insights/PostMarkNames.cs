using HealthShire.Listener.Core.Insights;

namespace HealthShire.Listener.Storage.Common.Insights;

/// <summary>The names post_marks.mark holds on every store.</summary>
internal static class PostMarkNames
{
    public static string Of(PostMark mark) => mark switch
    {
        PostMark.Engaged => "engaged",
        PostMark.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "Unknown mark."),
    };
}
