using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>A small server-rendered sign-in page used by the OpenID Connect authorization endpoint.</summary>
public static class LoginPage
{
    public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);

    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
                Render(http, antiforgery, returnUrl, error: null))
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapPost("/account/login", async Task<IResult> (
                HttpContext http, IAntiforgery antiforgery, [FromForm] LoginForm form,
                SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
            {
                var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
                if (user is null || string.IsNullOrEmpty(form.Password))
                {
                    return Render(http, antiforgery, form.ReturnUrl, LoginText.For(http, form.ReturnUrl).WrongCredentials, StatusCodes.Status400BadRequest);
                }

                var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.IsLockedOut)
                {
                    return Render(http, antiforgery, form.ReturnUrl, LoginText.For(http, form.ReturnUrl).LockedOut, StatusCodes.Status400BadRequest);
                }

                if (!result.Succeeded)
                {
                    return Render(http, antiforgery, form.ReturnUrl, LoginText.For(http, form.ReturnUrl).WrongCredentials, StatusCodes.Status400BadRequest);
                }

                return Results.LocalRedirect(IsSafeReturnUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
            })
            .AllowAnonymous()
            .RequireRateLimiting(OpenIdConnectSetup.LoginRateLimit)
            .DisableAntiforgery()
            .AddEndpointFilter(async (context, next) =>
            {
                var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
                {
                    return Http.Problems.Problem(StatusCodes.Status400BadRequest, "antiforgery", "Invalid form",
                        "The sign-in form expired; reload the page and try again.");
                }

                return await next(context);
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Only a path on this site: never another host (open redirect).</summary>
    public static bool IsSafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Render(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status = 200)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var safeReturn = IsSafeReturnUrl(returnUrl) ? returnUrl! : "/";
        var text = LoginText.For(http, safeReturn);
        var errorBlock = error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="{{text.Lang}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{text.Title}}</title>
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
                <h1>{{text.Heading}}</h1>
                {{errorBlock}}
                <form method="post" action="/account/login">
                  <input type="hidden" name="{{tokens.FormFieldName}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}">
                  <input type="hidden" name="ReturnUrl" value="{{WebUtility.HtmlEncode(safeReturn)}}">
                  <label for="email">{{text.Email}}</label>
                  <input id="email" name="Email" type="email" autocomplete="username" required>
                  <label for="password">{{text.Password}}</label>
                  <input id="password" name="Password" type="password" autocomplete="current-password" required>
                  <button type="submit">{{text.Submit}}</button>
                </form>
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
