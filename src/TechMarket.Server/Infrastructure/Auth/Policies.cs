using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The one table of authorization policies. Every endpoint names one of these (or allows anonymous).
/// Resource rules (same organisation, jurisdiction) are checked by the domain's Decide functions.</summary>
public static class Policies
{
    /// <summary>Anyone, signed in or not: what the market shows the public (the board, the needs hall, a
    /// challenge's public page). A valid access token, when sent, is read, so a signed-in reader gets what is theirs.</summary>
    public const string Public = nameof(Public);

    /// <summary>Any valid access token: a user of any role, or an integration client.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>A user with a role (not an integration client).</summary>
    public const string User = nameof(User);

    public const string Enterprise = nameof(Enterprise);
    public const string University = nameof(University);

    /// <summary>A user of an organisation that may bid on challenges (universities, institutes, enterprises).</summary>
    public const string Bidder = nameof(Bidder);
    /// <summary>A user of an organisation that may post needs (enterprises, institutes, hospitals: the domain checks the kind).</summary>
    public const string NeedPoster = nameof(NeedPoster);
    public const string Bureau = nameof(Bureau);
    public const string Expert = nameof(Expert);
    public const string Broker = nameof(Broker);
    public const string Admin = nameof(Admin);

    private static readonly IReadOnlyDictionary<string, Action<AuthorizationPolicyBuilder>> Table =
        new Dictionary<string, Action<AuthorizationPolicyBuilder>>
        {
            [SignedIn] = p => p.RequireAuthenticatedUser(),
            [User] = p => p.RequireRole(Roles.UserRoles),
            [Enterprise] = p => p.RequireRole(Roles.Enterprise).RequireClaim(TechMarketClaims.Organisation),
            [University] = p => p.RequireRole(Roles.University).RequireClaim(TechMarketClaims.Organisation),
            [Bidder] = p => p.RequireRole(Roles.University, Roles.Enterprise).RequireClaim(TechMarketClaims.Organisation),
            [NeedPoster] = p => p.RequireRole(Roles.University, Roles.Enterprise).RequireClaim(TechMarketClaims.Organisation),
            [Bureau] = p => p.RequireRole(Roles.Bureau).RequireClaim(TechMarketClaims.Jurisdiction),
            [Expert] = p => p.RequireRole(Roles.Expert),
            [Broker] = p => p.RequireRole(Roles.Broker),
            [Admin] = p => p.RequireRole(Roles.Admin),
        };

    public static IServiceCollection AddTechMarketAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(options =>
        {
            options.AddPolicy(Public, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAssertion(_ => true));
            foreach (var (name, configure) in Table)
            {
                options.AddPolicy(name, policy =>
                {
                    policy.AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
                    policy.RequireAuthenticatedUser();
                    configure(policy);
                });
            }
        });
}
