using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>The OpenID Connect clients this server knows, written at every start from configuration (each client is read,
/// then created or updated: <see cref="StartupTasks"/> runs it on one node at a time).</summary>
public sealed class ClientRegistrations(IOpenIddictApplicationManager applications, IOptions<AuthOptions> options)
{
    public const string WebClientId = "techmarket-web";
    public const string IntegrationClientId = "techmarket-integration";

    public async Task EnsureAsync(CancellationToken ct)
    {
        var auth = options.Value;
        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            DisplayName = "TechMarket web",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + OpenIdConnectSetup.ApiScope, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in auth.WebRedirectUris)
        {
            web.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in auth.WebPostLogoutRedirectUris)
        {
            web.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        await UpsertAsync(web, ct);

        if (!string.IsNullOrWhiteSpace(auth.IntegrationClientSecret))
        {
            await UpsertAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = IntegrationClientId,
                ClientSecret = auth.IntegrationClientSecret,
                DisplayName = "TechMarket integration",
                ClientType = ClientTypes.Confidential,
                Permissions =
                {
                    Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + OpenIdConnectSetup.ApiScope,
                },
            }, ct);
        }
    }

    private async Task UpsertAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
    }
}
