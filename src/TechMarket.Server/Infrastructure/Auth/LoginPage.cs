using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>A small server-rendered sign-in page used by the OpenID Connect authorization endpoint.</summary>
public static class LoginPage
{
    public const string WrongCredentials = "邮箱或密码不正确 / Wrong e-mail or password.";

    public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);

    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
                Render(http, antiforgery, returnUrl, error: null))
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapPost("/account/login", async Task<IResult> (
                HttpContext http, IAntiforgery antiforgery, [FromForm] LoginForm form, PasswordSignIn signIn, CancellationToken ct) =>
            {
                var outcome = await signIn.SignInAsync(form.Email, form.Password, http.Connection.RemoteIpAddress, ct);
                switch (outcome)
                {
                    case LoginOutcome.SignedIn:
                        return Results.LocalRedirect(IsSafeReturnUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
                    case LoginOutcome.Throttled throttled:
                        var seconds = RateLimits.RetryAfterSeconds(throttled.Wait);
                        http.Response.Headers.RetryAfter = seconds;
                        return Render(http, antiforgery, form.ReturnUrl,
                            $"此邮箱从您的地址登录失败次数过多,请 {seconds} 秒后再试 / Too many failed sign-ins for this e-mail from your address; try again in {seconds} seconds.",
                            StatusCodes.Status429TooManyRequests);
                    case LoginOutcome.Refused refused:
                        return Render(http, antiforgery, form.ReturnUrl, $"账户当前无法登录 / This account cannot sign in now. {refused.Reason}",
                            StatusCodes.Status403Forbidden);
                    default:
                        return Render(http, antiforgery, form.ReturnUrl, LoginText.For(http, form.ReturnUrl).WrongCredentials, StatusCodes.Status400BadRequest);
                }
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Only a path on this site: never another host (open redirect).</summary>
    public static bool IsSafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Render(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var safeReturn = IsSafeReturnUrl(returnUrl) ? returnUrl : "/";
        var text = LoginText.For(http, safeReturn);
        return AuthPages.Page(text.Title, $"""
            {AuthPages.Error(error)}
            <form method="post" action="/account/login">
              {AuthPages.AntiforgeryField(http, antiforgery)}
              {AuthPages.Hidden("ReturnUrl", safeReturn)}
              <label for="email">{text.Email}</label>
              <input id="email" name="Email" type="email" autocomplete="username" required>
              <label for="password">{text.Password}</label>
              <input id="password" name="Password" type="password" autocomplete="current-password" required>
              <button type="submit">{text.Submit}</button>
            </form>
            """, status, text.Lang, text.Brand);
    }
}
