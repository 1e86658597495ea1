using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The frame of the server-rendered sign-in and sign-out pages, and the antiforgery check their forms share.</summary>
public static class AuthPages
{
    /// <param name="lang">The page's language (the sign-in page follows the web app's, see LoginText).</param>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK, string lang = "zh-CN", string brand = "TechMarket 技术市场")
    {
        var html = $$"""
            <!doctype html>
            <html lang="{{lang}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{WebUtility.HtmlEncode(title)}} · {{WebUtility.HtmlEncode(brand)}}</title>
              <style>
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f0f2f5; margin: 0; }
                main { max-width: 360px; margin: 10vh auto; background: #fff; padding: 32px; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.1); }
                h1 { font-size: 20px; margin: 0 0 24px; }
                label { display: block; margin: 12px 0 4px; color: #333; }
                input { width: 100%; box-sizing: border-box; padding: 8px; border: 1px solid #d9d9d9; border-radius: 4px; font-size: 14px; }
                button { margin-top: 24px; width: 100%; padding: 10px; border: 0; border-radius: 4px; background: #1677ff; color: #fff; font-size: 15px; cursor: pointer; }
                .error { color: #cf1322; }
              </style>
            </head>
            <body>
              <main>
                <h1>{{WebUtility.HtmlEncode(brand)}} · {{WebUtility.HtmlEncode(title)}}</h1>
                {{body}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    public static string Error(string? message) =>
        message is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(message)}</p>";

    public static string Hidden(string name, string? value) =>
        $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value ?? string.Empty)}\">";

    public static string AntiforgeryField(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Hidden(tokens.FormFieldName, tokens.RequestToken);
    }

    /// <summary>Refuses a form post without the antiforgery token of the page it came from.</summary>
    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                return Http.Problems.Problem(StatusCodes.Status400BadRequest, "antiforgery", "Invalid form",
                    "The form expired; reload the page and try again.");
            }

            return await next(context);
        });
}
