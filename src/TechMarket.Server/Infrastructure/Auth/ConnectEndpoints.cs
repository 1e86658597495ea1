using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: authorize, token, userinfo (logout: <see cref="LogoutEndpoint"/>).</summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", Token).AllowAnonymous().RequireRateLimiting(RateLimits.Token).ExcludeFromDescription();
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfo).RequireAuthorization(Policies.User).ExcludeFromDescription();
        app.MapLogout();
        return app;
    }

    private static async Task<IResult> Authorize(
        HttpContext http, UserManager<AppUser> users, SignInEligibility eligibility, UserPrincipalFactory principals, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var session = PasswordSignIn.SessionOf(login);
        var user = session is null ? null : await users.GetUserAsync(login.Principal!);

        // prompt=none: answer at once, never with a page (OpenID Connect Core 1.0, 3.1.2.1).
        if (request.HasPromptValue(PromptValues.None))
        {
            if (user is null)
            {
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            }
        }
        else if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl(http, request) }, [IdentityConstants.ApplicationScheme]);
        }

        if (await eligibility.RefusalAsync(user!, ct) is { } refusal)
        {
            return Refuse(Errors.AccessDenied, refusal);
        }

        var principal = await principals.CreateAsync(user!, request.GetScopes(), session!);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Where the login page sends the browser back: the same request without prompt=login, which has just
    /// been honoured (with it, every return would ask for the password again, forever).</summary>
    private static string ReturnUrl(HttpContext http, OpenIddictRequest request)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in request.GetParameters())
        {
            if (name == Parameters.Prompt)
            {
                var others = string.Join(' ', ((string?)value ?? string.Empty)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != PromptValues.Login));
                if (others.Length > 0)
                {
                    parameters.Add(new(name, others));
                }

                continue;
            }

            parameters.Add(new(name, (string?)value));
        }

        return http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
    }

    private static async Task<IResult> Token(
        HttpContext http, UserManager<AppUser> users, SignInEligibility eligibility, TokenRevocations revocations,
        UserPrincipalFactory principals, CancellationToken ct)
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

        // The code or refresh token was validated by OpenIddict; re-read the account so that a locked, deleted or
        // changed user, a suspended organisation or a signed-out session does not get new tokens.
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        var session = granted.Principal?.GetClaim(TechMarketClaims.Session);
        if (user is null || session is null)
        {
            return Refuse(Errors.InvalidGrant, "The account is no longer allowed to sign in.");
        }

        if (await eligibility.RefusalAsync(user, ct) is { } refusal)
        {
            return Refuse(Errors.InvalidGrant, refusal);
        }

        if (await revocations.IsSessionEndedAsync(session, ct))
        {
            return Refuse(Errors.InvalidGrant, "The session was signed out.");
        }

        var principal = await principals.CreateAsync(user, granted.Principal!.GetScopes(), session);
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

    /// <summary>An OpenID Connect error: to the client's redirect URI from the authorization endpoint, as JSON from the token endpoint.</summary>
    public static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
