using System.CommandLine;
using System.Text;
using HealthShire.Listener.Api.Parameters;

namespace HealthShire.Listener.Commands;

/// <summary>What the insight commands share: options read as text so the API's validation applies unchanged.</summary>
internal static class CommandParameters
{
    public const int InvalidParameterExitCode = 1;

    public static Option<string?> Text(string name, string description) => new(name) { Description = description };

    /// <summary>The API's message, with the option it came from: <c>maxAgeDays: must be … (--max-age-days)</c>.</summary>
    public static async Task<int> RefuseAsync(ParseResult parseResult, ParameterError error)
    {
        await parseResult.InvocationConfiguration.Error.WriteLineAsync($"{error} (--{Kebab(error.Parameter)})");
        return InvalidParameterExitCode;
    }

    /// <summary>Post text is hostile: control characters (terminal escapes, line breaks) become spaces.</summary>
    public static string Printable(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length == maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }

        return builder.ToString();
    }

    private static string Kebab(string camel)
    {
        var builder = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c))
            {
                builder.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
