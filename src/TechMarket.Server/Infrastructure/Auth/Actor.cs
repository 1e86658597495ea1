using System.Security.Claims;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>Who is asking, as the access token says. Bound as an endpoint parameter.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlySet<string> Roles, Guid? OrganisationId, string? Jurisdiction)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool BelongsTo(Guid organisationId) => OrganisationId == organisationId;

    /// <summary>A bureau officer covers a district when it is theirs or they serve the whole city.</summary>
    public bool Covers(string district) =>
        IsIn(Auth.Roles.Bureau) && (Jurisdiction == Jurisdictions.City || Jurisdiction == district);

    public static Actor From(ClaimsPrincipal principal)
    {
        var subject = principal.GetClaim(OpenIddictConstants.Claims.Subject);
        return new Actor(
            Guid.TryParse(subject, out var userId) ? userId : Guid.Empty,
            principal.GetClaim(OpenIddictConstants.Claims.Name) ?? subject ?? string.Empty,
            principal.GetClaims(OpenIddictConstants.Claims.Role).ToHashSet(StringComparer.Ordinal),
            Guid.TryParse(principal.GetClaim(TechMarketClaims.Organisation), out var organisation) ? organisation : null,
            principal.GetClaim(TechMarketClaims.Jurisdiction));
    }

    public static ValueTask<Actor?> BindAsync(HttpContext context) => ValueTask.FromResult<Actor?>(From(context.User));
}
