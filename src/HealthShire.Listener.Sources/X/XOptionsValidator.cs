using System.Text.RegularExpressions;

namespace HealthShire.Listener.Sources.X;

/// <summary>Checks <see cref="XOptions"/>; every message names the configuration key and the bad value.</summary>
internal sealed partial class XOptionsValidator() : SourceOptionsValidator<XOptions>(XOptions.SectionName)
{
    private const string Key = XOptions.SectionName;

    protected override void Check(XOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"{Key}:BaseUrl must be an absolute http or https URL, not '{options.BaseUrl}'.");
        }

        CheckPositive(failures, "RefreshMaxAge", options.RefreshMaxAge);
        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Key}:RetryDelay must be between 00:00:00 and 00:01:00, not '{options.RetryDelay}'.");
        }

        if (options.MonthlyReadBudget < 0)
        {
            failures.Add($"{Key}:MonthlyReadBudget must be 0 or more, not '{options.MonthlyReadBudget}'.");
        }

        if (options.BackfillPosts is < 10 or > 100_000)
        {
            failures.Add($"{Key}:BackfillPosts must be between 10 and 100000, not '{options.BackfillPosts}'.");
        }

        ValidateQueries(failures, options.Queries);
    }

    private static void CheckPositive(List<string> failures, string property, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Key}:{property} must be a positive duration, not '{value}'.");
        }
    }

    private static void ValidateQueries(List<string> failures, IList<XQueryOptions> queries)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i];
            var prefix = $"{Key}:Queries:{i}";
            if (!QueryName().IsMatch(query.Name) || query.Name == XPostSource.StatusKey)
            {
                failures.Add($"{prefix}:Name must be 1-40 lower-case letters, digits, '_' or '-' (and not '{XPostSource.StatusKey}'), not '{query.Name}'.");
            }
            else if (!names.Add(query.Name))
            {
                failures.Add($"{prefix}:Name '{query.Name}' is used twice.");
            }

            if (query.Terms.All(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{prefix}:Terms must hold at least one term.");
            }

            for (var j = 0; j < query.Terms.Count; j++)
            {
                var term = query.Terms[j];
                if (term.Contains('"', StringComparison.Ordinal) || !XQueryBuilder.Fits(XQueryBuilder.FormatTerm(term)))
                {
                    failures.Add($"{prefix}:Terms:{j} must be free of '\"' and fit in a {XQueryBuilder.MaxQueryLength}-character query, not '{term}'.");
                }
            }
        }

        if (failures.Count == 0)
        {
            // A split group ("adhd" -> "adhd-2") may collide with a group configured under that name.
            var duplicate = XQueryBuilder.Build(queries).GroupBy(q => q.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                failures.Add($"{Key}:Queries produce the query name '{duplicate.Key}' twice; rename the group.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9_][a-z0-9_-]{0,39}$")]
    private static partial Regex QueryName();
}
