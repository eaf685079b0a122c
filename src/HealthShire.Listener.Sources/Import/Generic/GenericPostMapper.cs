using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HealthShire.Listener.Core.Posts;
using HealthShire.Listener.Core.Privacy;
using HealthShire.Listener.Sources.Links;
using HealthShire.Listener.Sources.Text;

namespace HealthShire.Listener.Sources.Import.Generic;

/// <summary>
/// Turns an exported row into a post of the named network. Text is hostile: markup becomes plain text; a link is kept
/// only when it is an https address (never <c>javascript:</c>); the author is kept only as a keyed pseudonym.
/// </summary>
internal static class GenericPostMapper
{
    private const int MaxIdLength = 200;
    private const int MaxCommunityLength = 100;

    public static bool TryMap(
        string network,
        GenericRow row,
        IAuthorPseudonymizer pseudonymizer,
        [NotNullWhen(true)] out Post? post,
        [NotNullWhen(false)] out string? problem)
    {
        post = null;
        var id = row.Id?.Trim();
        var community = row.Community?.Trim();
        problem = id switch
        {
            null or "" => $"'{GenericColumns.Id}' is empty",
            { Length: > MaxIdLength } => $"'{GenericColumns.Id}' is longer than {MaxIdLength} characters",
            _ => null,
        };
        problem ??= string.IsNullOrEmpty(community) ? $"'{GenericColumns.Community}' is empty"
            : community.Length > MaxCommunityLength ? $"'{GenericColumns.Community}' is longer than {MaxCommunityLength} characters"
            : null;
        DateTimeOffset createdAt = default;
        problem ??= TryParseTime(row.CreatedAt, out createdAt) ? null
            : $"'{GenericColumns.CreatedAt}' is not an ISO 8601 time or Unix seconds";
        var replies = 0;
        problem ??= string.IsNullOrWhiteSpace(row.ReplyCount)
            || (int.TryParse(row.ReplyCount, NumberStyles.Integer, CultureInfo.InvariantCulture, out replies) && replies >= 0)
            ? null
            : $"'{GenericColumns.ReplyCount}' is not a whole number of 0 or more";
        if (problem is not null)
        {
            return false;
        }

        post = new Post(
            network,
            id!,
            community!,
            PlainText(row.Title),
            PlainText(row.Text),
            string.IsNullOrWhiteSpace(row.Author) ? null : pseudonymizer.Pseudonymize(network, row.Author.Trim()),
            PostLinks.FromAbsoluteOwnHost(row.Url?.Trim()),
            createdAt,
            0,
            replies,
            PostFlags.None);
        return true;
    }

    private static bool TryParseTime(string? value, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            if (!double.IsFinite(seconds) || seconds < 0 || seconds > 253_402_300_799)
            {
                return false;
            }

            time = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
            return true;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    // Exports often carry HTML (Tumblr, Facebook); plain text stays as it is.
    private static string PlainText(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty
        : text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal) ? HtmlText.ToPlainText(text)
        : text;
}
