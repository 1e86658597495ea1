using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: authorize, token, userinfo, logout.</summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", Token).AllowAnonymous().RequireRateLimiting(OpenIdConnectSetup.TokenRateLimit).ExcludeFromDescription();
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfo).RequireAuthorization(Policies.User).ExcludeFromDescription();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], Logout).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<AppUser> users, UserPrincipalFactory principals)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!login.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(login.Principal);
        if (user is null)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString }, [IdentityConstants.ApplicationScheme]);
        }

        var principal = await principals.CreateAsync(user, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, UserPrincipalFactory principals)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = request.ClientId ?? string.Empty;
            return Results.SignIn(UserPrincipalFactory.ForClient(client, client, request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        // The code or refresh token was validated by OpenIddict; re-read the account so that a locked,
        // deleted or changed user does not keep old claims.
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Refuse(Errors.InvalidGrant, "The account is no longer allowed to sign in.");
        }

        var principal = await principals.CreateAsync(user, granted.Principal!.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult UserInfo(HttpContext http) =>
        Results.Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = http.User.GetClaim(Claims.Subject),
            [Claims.Name] = http.User.GetClaim(Claims.Name),
            [Claims.Email] = http.User.GetClaim(Claims.Email),
            [Claims.Role] = http.User.GetClaims(Claims.Role),
            [TechMarketClaims.Organisation] = http.User.GetClaim(TechMarketClaims.Organisation),
            [TechMarketClaims.Jurisdiction] = http.User.GetClaim(TechMarketClaims.Jurisdiction),
        });

    private static async Task<IResult> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
