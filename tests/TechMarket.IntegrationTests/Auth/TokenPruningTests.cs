using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>
/// The hourly pruning removes what can no longer be used once it is older than the refresh tokens' lifetime — redeemed,
/// revoked and expired tokens, then ad hoc or revoked authorizations without a token — and keeps the rest: a token still
/// valid, anything younger (a redeemed refresh token must stay to be recognised if presented again), an authorization
/// that still holds a token, a permanent one. The rows are written through OpenIddict's managers with creation dates in
/// the past; nothing else of the suite is that old.
/// </summary>
public sealed class TokenPruningTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Unusable_tokens_and_authorizations_older_than_the_refresh_lifetime_go_and_the_rest_stays()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var now = Host.Clock.GetUtcNow();
        var old = now.AddDays(-Host.Services.GetRequiredService<IOptions<AuthOptions>>().Value.RefreshTokenDays - 1);
        var recent = now.AddDays(-1);
        var subject = Guid.NewGuid().ToString();

        async Task<string> Authorization(DateTimeOffset created, string type, string status) =>
            (await authorizations.GetIdAsync(await authorizations.CreateAsync(new OpenIddictAuthorizationDescriptor
            {
                CreationDate = created, Subject = subject, Type = type, Status = status,
            })))!;

        async Task<string> Token(string? authorization, DateTimeOffset created, DateTimeOffset expires, string status) =>
            (await tokens.GetIdAsync(await tokens.CreateAsync(new OpenIddictTokenDescriptor
            {
                AuthorizationId = authorization, CreationDate = created, ExpirationDate = expires, Status = status,
                Subject = subject, Type = TokenTypeIdentifiers.RefreshToken,
            })))!;

        var holding = await Authorization(old, AuthorizationTypes.AdHoc, Statuses.Valid);
        var redeemed = await Token(holding, old, now.AddDays(1), Statuses.Redeemed);
        var expired = await Token(holding, old, now.AddMinutes(-1), Statuses.Valid);
        var stillValid = await Token(holding, old, now.AddDays(1), Statuses.Valid);
        var emptied = await Authorization(old, AuthorizationTypes.AdHoc, Statuses.Valid);
        var revoked = await Token(emptied, old, now.AddDays(1), Statuses.Revoked);
        var permanent = await Authorization(old, AuthorizationTypes.Permanent, Statuses.Valid);
        var revokedRecently = await Authorization(recent, AuthorizationTypes.AdHoc, Statuses.Revoked);
        var redeemedRecently = await Token(null, recent, now.AddDays(13), Statuses.Redeemed);

        var (tokensPruned, authorizationsPruned) = await Host.Services.GetRequiredService<TokenPruning>().PruneAsync(CancellationToken.None);

        tokensPruned.ShouldBeGreaterThanOrEqualTo(3);
        authorizationsPruned.ShouldBeGreaterThanOrEqualTo(1);
        await using var later = Host.Services.CreateAsyncScope(); // the managers cache what they read within a scope
        tokens = later.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        authorizations = later.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        foreach (var gone in new[] { redeemed, expired, revoked })
        {
            (await tokens.FindByIdAsync(gone)).ShouldBeNull();
        }

        foreach (var kept in new[] { stillValid, redeemedRecently })
        {
            (await tokens.FindByIdAsync(kept)).ShouldNotBeNull();
        }

        (await authorizations.FindByIdAsync(emptied)).ShouldBeNull();
        foreach (var kept in new[] { holding, permanent, revokedRecently })
        {
            (await authorizations.FindByIdAsync(kept)).ShouldNotBeNull();
        }
    }
}
