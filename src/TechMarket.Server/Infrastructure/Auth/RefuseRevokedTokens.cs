using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The API's last check of an access token, after OpenIddict verified its signature and lifetime: refused
/// when its authorization was revoked, its session signed out or its organisation suspended. In memory: see
/// <see cref="RevocationCache"/>.</summary>
public sealed class RefuseRevokedTokens(RevocationCache revocations) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RefuseRevokedTokens>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        var principal = context.Principal;
        if (principal is not null && revocations.IsRevoked(
                principal.GetAuthorizationId(),
                principal.GetClaim(TechMarketClaims.Session),
                principal.GetClaim(TechMarketClaims.Organisation)))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidToken,
                description: "The access token was revoked (signed out, account disabled or organisation suspended); sign in again.");
        }

        return default;
    }
}
