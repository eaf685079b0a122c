using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Api;

/// <summary>The <c>Api</c> section: where the worker's HTTP endpoints listen and which keys open <c>/api</c>.</summary>
internal sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Semicolon-separated listen URLs; loopback by default.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Api:Urls must name at least one URL such as http://127.0.0.1:5080.")]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Whether <see cref="Urls"/> may name addresses other than loopback ones (off: the API is for this machine).</summary>
    public bool AllowNonLoopback { get; set; }

    /// <summary>Each URL of <see cref="Urls"/>.</summary>
    public IReadOnlyList<string> ListenUrls => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Keys accepted in the <c>X-Api-Key</c> header, from the environment (<c>Api__ApiKeys__0</c>);
    /// with none, every <c>/api</c> call is refused.
    /// </summary>
    public IList<string> ApiKeys { get; } = new List<string>();
}
