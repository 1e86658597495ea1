using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// The OpenID Connect end-session endpoint. A GET only asks (a link or an image on another site must not sign
/// anyone out); the form posts back with an antiforgery token and the client's parameters. Signing out ends the
/// login session: the cookie goes, and every token issued from that session is refused within a revocation poll.
/// </summary>
public static class LogoutEndpoint
{
    public static IEndpointRouteBuilder MapLogout(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connect/logout", Confirm).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/logout", SignOut).AllowAnonymous().RequireAntiforgeryToken().ExcludeFromDescription();
        return app;
    }

    private static IResult Confirm(HttpContext http, IAntiforgery antiforgery)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var parameters = string.Concat(request.GetParameters().Select(p => AuthPages.Hidden(p.Key, (string?)p.Value)));
        return AuthPages.Page("退出登录", $"""
            <p>确定要退出 TechMarket 吗? / Sign out of TechMarket?</p>
            <form method="post" action="/connect/logout">
              {AuthPages.AntiforgeryField(http, antiforgery)}
              {parameters}
              <button type="submit">退出 / Sign out</button>
            </form>
            """);
    }

    private static async Task<IResult> SignOut(HttpContext http, SignInManager<AppUser> signIn, TokenRevocations revocations, CancellationToken ct)
    {
        var login = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var sessions = new[] { PasswordSignIn.SessionOf(login), hint.Principal?.GetClaim(TechMarketClaims.Session) };
        foreach (var session in sessions.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await revocations.RecordSessionEndedAsync(session, ct);
        }

        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
