using System.Globalization;
using System.Net.Http.Headers;

namespace HealthShire.Listener.Sources.Http;

/// <summary>Reads a rate-limit header holding a number; absent, negative, infinite or unparsable values are null.</summary>
internal static class HeaderNumber
{
    public static double? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && value >= 0
            ? value
            : null;
}
