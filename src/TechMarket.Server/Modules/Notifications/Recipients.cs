using Marten;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Who is told: the accounts of organisations in the organisation's own role (its enterprise or university
/// users — not, say, an expert who works there), read from the identity schema.</summary>
public static class Recipients
{
    public static async Task<IReadOnlyList<Guid>> OfOrganisationsAsync(IQuerySession session, IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        if (organisations.Count == 0)
        {
            return [];
        }

        return await session.AdvancedSql.QueryAsync<Guid>(
            $"""
            select distinct u."Id" from identity."AspNetUsers" u
            join identity."AspNetUserRoles" ur on ur."UserId" = u."Id"
            join identity."AspNetRoles" r on r."Id" = ur."RoleId"
            where u."OrganisationId" = any(?) and r."Name" in ('{Infrastructure.Auth.Roles.University}', '{Infrastructure.Auth.Roles.Enterprise}')
            """, ct, organisations.ToArray());
    }
}
