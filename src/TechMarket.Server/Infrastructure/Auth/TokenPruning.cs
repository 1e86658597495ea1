using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// Every sign-in and every refresh adds OpenID Connect tokens (and an ad hoc authorization per sign-in); this removes,
/// every hour, those that can no longer be used — redeemed, revoked, rejected or expired tokens, then the ad hoc or no
/// longer valid authorizations left without a token — once they are older than Auth:RefreshTokenDays. Until then a
/// redeemed refresh token is kept, so that presenting it again is recognised as a reuse and revokes its authorization.
/// Nodes take turns under an advisory lock; the second finds little left.
/// </summary>
internal sealed class TokenPruning(
    IServiceProvider services, IdentityDatabase database, TimeProvider clock, IOptions<AuthOptions> options, ILogger<TokenPruning> logger)
    : PeriodicService(TimeSpan.FromHours(1), runAtStart: false, logger)
{
    /// <summary>The session advisory lock of a pruning pass ("pruning!" in ASCII).</summary>
    public const long LockKey = 0x7072756e696e6721;

    protected override string Work => "Pruning unusable tokens and authorizations";

    protected override Task RunOnceAsync(CancellationToken ct) => PruneAsync(ct);

    /// <summary>One pass; returns how many tokens and authorizations were removed.</summary>
    public async Task<(long Tokens, long Authorizations)> PruneAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await using var turn = await database.LockAsync(LockKey, ct);
        var threshold = clock.GetUtcNow().AddDays(-options.Value.RefreshTokenDays);
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, ct);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, ct);
        if (tokens + authorizations > 0)
        {
            logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations created before {Threshold:O}", tokens, authorizations, threshold);
        }

        return (tokens, authorizations);
    }
}
