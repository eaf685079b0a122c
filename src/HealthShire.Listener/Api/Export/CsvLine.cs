using System.Text;

namespace HealthShire.Listener.Api.Export;

/// <summary>
/// Builds one CSV record (RFC 4180: comma-separated, CRLF, quotes doubled). Text cells that a
/// spreadsheet would read as a formula get a leading apostrophe, since post text is hostile input.
/// </summary>
internal sealed class CsvLine
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    private readonly StringBuilder _line = new();

    /// <summary>A text cell from outside: neutralised, then quoted when needed.</summary>
    public CsvLine Text(string? value) => Append(Neutralise(value ?? string.Empty));

    /// <summary>A value the program formatted itself (numbers, dates, flags); a leading minus stays.</summary>
    public CsvLine Value(string value) => Append(value);

    /// <summary>The finished record with its line break; the builder is empty again.</summary>
    public string End()
    {
        var record = _line.Append("\r\n").ToString();
        _line.Clear();
        return record;
    }

    public static string Neutralise(string value) =>
        value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;

    public static string Quote(string value) =>
        value.IndexOfAny(NeedsQuotes) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private CsvLine Append(string cell)
    {
        if (_line.Length > 0)
        {
            _line.Append(',');
        }

        _line.Append(Quote(cell));
        return this;
    }
}
