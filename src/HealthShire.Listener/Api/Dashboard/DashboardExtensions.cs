namespace HealthShire.Listener.Api.Dashboard;

/// <summary>The dashboard page at <c>/</c>: static files under wwwroot behind a strict content policy.</summary>
internal static class DashboardExtensions
{
    /// <summary>Only the page's own script and style; no inline code, no other origin, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddDashboardFiles(this WebApplicationBuilder builder)
    {
        // A published app has wwwroot beside it. A build output (and a test run) has not: there the SDK's
        // static web assets manifest maps the page to the project's wwwroot. The manifest is named after
        // this assembly because the entry assembly of a test run is the test host.
        if (!Directory.Exists(Path.Combine(builder.Environment.ContentRootPath, "wwwroot")))
        {
            var manifest = Path.Combine(
                AppContext.BaseDirectory,
                typeof(DashboardExtensions).Assembly.GetName().Name + ".staticwebassets.runtime.json");
            builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, manifest);
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
