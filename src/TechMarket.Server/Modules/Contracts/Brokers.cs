using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术经纪人 are accounts with the broker role; a contract credits one by its user id.</summary>
public sealed class Brokers(UserManager<AppUser> users)
{
    /// <summary>The broker with this id, or null when there is no such active broker account.</summary>
    public async Task<ContractBroker?> FindAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await users.IsLockedOutAsync(user) || !await users.IsInRoleAsync(user, Roles.Broker))
        {
            return null;
        }

        return new ContractBroker(user.Id, user.DisplayName);
    }

    public async Task<IReadOnlyList<ContractBroker>> AllAsync() =>
        [.. (await users.GetUsersInRoleAsync(Roles.Broker)).OrderBy(u => u.DisplayName, StringComparer.Ordinal).Select(u => new ContractBroker(u.Id, u.DisplayName))];

    /// <summary>Resolves the broker a request names: (null, null) when none is named; an error when it names nobody.</summary>
    public async Task<(ContractBroker? Broker, Infrastructure.Domain.DomainError? Error)> ResolveAsync(Guid? brokerId, string field) =>
        brokerId is not { } id ? (null, null)
        : await FindAsync(id) is { } broker ? (broker, null)
        : (null, Infrastructure.Domain.DomainError.Invalid(field, "No broker (技术经纪人) has this id."));
}
