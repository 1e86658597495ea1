using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>Builds the claims that go into tokens for a user: identity, roles, organisation, jurisdiction, and the
/// login session the tokens come from (signing out revokes them by it).</summary>
public sealed class UserPrincipalFactory(UserManager<AppUser> users)
{
    public async Task<ClaimsPrincipal> CreateAsync(AppUser user, IEnumerable<string> scopes, string session)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)])
            .SetClaim(TechMarketClaims.Organisation, user.OrganisationId?.ToString())
            .SetClaim(TechMarketClaims.Jurisdiction, user.Jurisdiction)
            .SetClaim(TechMarketClaims.Session, session);
        identity.SetScopes(scopes);
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaim(Claims.Role, Roles.Integration);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    // The identity token tells the web app what it shows the user: an officer's jurisdiction names the ticker channel
    // the statistics screen watches (the hub still decides who may watch it).
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Name or Claims.PreferredUsername or Claims.Email or Claims.Role or TechMarketClaims.Organisation
            or TechMarketClaims.Jurisdiction or TechMarketClaims.Session
            => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
