using Marten;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Who is told: the accounts of organisations, read from the identity schema.</summary>
public static class Recipients
{
    public static async Task<IReadOnlyList<Guid>> OfOrganisationsAsync(IQuerySession session, IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        if (organisations.Count == 0)
        {
            return [];
        }

        return await session.AdvancedSql.QueryAsync<Guid>(
            $"select \"Id\" from {AppDbContext.Schema}.\"AspNetUsers\" where \"OrganisationId\" = any(?)", ct, organisations.ToArray());
    }
}
