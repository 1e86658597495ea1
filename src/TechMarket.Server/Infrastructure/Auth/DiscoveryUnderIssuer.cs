using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>With a configured issuer (Auth:Issuer) the discovery document names every endpoint under it. OpenIddict
/// would build them from the Host header of whoever asked, so a forged header (or a cache keyed on the path alone)
/// could send clients' passwords and codes elsewhere.</summary>
public sealed class DiscoveryUnderIssuer : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<DiscoveryUnderIssuer>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        if (context.Options.Issuer is not { } issuer)
        {
            return default;
        }

        context.AuthorizationEndpoint ??= Under(issuer, context.Options.AuthorizationEndpointUris);
        context.TokenEndpoint ??= Under(issuer, context.Options.TokenEndpointUris);
        context.UserInfoEndpoint ??= Under(issuer, context.Options.UserInfoEndpointUris);
        context.EndSessionEndpoint ??= Under(issuer, context.Options.EndSessionEndpointUris);
        context.JsonWebKeySetEndpoint ??= Under(issuer, context.Options.JsonWebKeySetEndpointUris);
        return default;
    }

    private static Uri? Under(Uri issuer, IEnumerable<Uri> endpoints) =>
        endpoints.FirstOrDefault() is { } endpoint ? (endpoint.IsAbsoluteUri ? endpoint : new Uri(issuer, endpoint)) : null;
}
