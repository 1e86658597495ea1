using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TechMarket.Server.Modules.WebApp;

/// <summary>
/// Serves the built web app (web/dist) from the same origin as the API and the OpenID Connect server, so the
/// browser needs no CORS and the redirect URIs stay on this host. Client-side routes fall back to index.html;
/// server paths never do, so a mistyped API path is still a 404 problem and not a page.
/// </summary>
public static class WebAppModule
{
    /// <summary>Paths the server answers itself: never the web app's index.html.</summary>
    public static readonly IReadOnlyList<string> ServerPaths =
        ["/api", "/connect", "/account", "/openapi", "/scalar", "/health", "/.well-known"];

    /// <summary>The folder holding index.html: "WebApp:Path", else web/dist of the checkout the server runs from.</summary>
    public static string? DistDirectory(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var candidates = configuration["WebApp:Path"] is { Length: > 0 } configured
            ? [Path.GetFullPath(configured, environment.ContentRootPath)]
            : new[]
            {
                Path.Combine(environment.ContentRootPath, "wwwroot"),
                Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "web", "dist")),
            };
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
    }

    public static WebApplication UseWebApp(this WebApplication app)
    {
        if (DistDirectory(app.Configuration, app.Environment) is not { } dist)
        {
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(dist),
            OnPrepareResponse = context =>
            {
                // Vite puts a content hash in every asset's name: cache those for good, and never index.html.
                var immutable = context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });

        // Client-side routes (/challenges/…, /bureau, /auth/callback) get index.html. This is middleware, not an
        // endpoint: only GET and HEAD of paths that are neither the server's nor files, so the API's routing (404,
        // 405, 415) and its endpoint list stay exactly what they are without the web app.
        var index = Path.Combine(dist, "index.html");
        app.Use(async (http, next) =>
        {
            if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && IsClientRoute(http.Request.Path))
            {
                await IndexHtml(index).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        var dist = DistDirectory(app.Configuration, app.Environment);
        if (dist is null)
        {
            // No built web app (e.g. API-only tests): the root shows the API reference, as before.
            app.MapGet("/", () => Results.Redirect("/scalar")).AllowAnonymous().ExcludeFromDescription();
            return app;
        }

        var index = Path.Combine(dist, "index.html");
        app.MapGet("/", () => IndexHtml(index)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static bool IsServerPath(PathString path) => ServerPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>A path the web app routes itself: not "/", not the server's, and not a file (no dot in its last segment).</summary>
    public static bool IsClientRoute(PathString path) =>
        path.HasValue && path.Value != "/" && !IsServerPath(path) && !path.Value!.Split('/')[^1].Contains('.', StringComparison.Ordinal);

    private static NoCache IndexHtml(string index) => new NoCache(Results.File(index, "text/html; charset=utf-8"));

    /// <summary>index.html names the current asset files, so the browser must ask again each time.</summary>
    private sealed class NoCache(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            return inner.ExecuteAsync(http);
        }
    }
}
