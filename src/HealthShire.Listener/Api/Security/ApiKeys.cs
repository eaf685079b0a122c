using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Api.Security;

/// <summary>
/// The configured keys that open <c>/api</c> in the <c>X-Api-Key</c> header (checked by <see cref="ApiGate"/> for every
/// call under <c>/api</c>). Keys are compared as SHA-256 digests in constant time, so neither their content nor their
/// length leaks through timing.
/// </summary>
internal sealed class ApiKeys
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The shortest key accepted in <c>Api:ApiKeys</c>: anything shorter is refused at start-up.</summary>
    public const int MinimumKeyLength = 32;

    private readonly byte[][] _keyDigests;

    public ApiKeys(IOptions<ApiOptions> options) =>
        _keyDigests = [.. ConfiguredKeys(options.Value).Select(Digest)];

    public static IReadOnlyList<string> ConfiguredKeys(ApiOptions options) =>
        [.. options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim())];

    /// <summary>The 401 answer to a call without a valid key.</summary>
    public static IResult Refusal() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "A valid API key is required",
        detail: $"Send one of the keys configured in Api:ApiKeys in the {HeaderName} header.");

    /// <summary>Whether <paramref name="presented"/> is one of the configured keys.</summary>
    public bool IsAccepted(string presented)
    {
        if (presented.Length == 0 || _keyDigests.Length == 0)
        {
            return false;
        }

        var digest = Digest(presented);
        var accepted = false;
        foreach (var key in _keyDigests)
        {
            // No early exit: every key is compared whatever matched before.
            accepted |= CryptographicOperations.FixedTimeEquals(digest, key);
        }

        return accepted;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
