using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>The accounts of a suspended organisation may not sign in or refresh their tokens.</summary>
public sealed class OrganisationStanding(IQuerySession session) : IAccountStanding
{
    public async Task<string?> RefusalAsync(AppUser user, CancellationToken ct) =>
        user.OrganisationId is { } id && await session.LoadAsync<Organisation>(id, ct) is { Status: OrganisationStatus.Suspended }
            ? "The organisation is suspended by its bureau."
            : null;
}
