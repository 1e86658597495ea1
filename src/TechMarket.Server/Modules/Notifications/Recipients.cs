using Marten;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Who is told: the accounts of organisations in the organisation's own role (its enterprise or university
/// users — not, say, an expert who works there), read from the identity schema.</summary>
public static class Recipients
{
    public static async Task<IReadOnlyList<Guid>> OfOrganisationsAsync(IQuerySession session, IReadOnlyCollection<Guid> organisations, CancellationToken ct) =>
        [.. (await ByOrganisationAsync(session, organisations, ct)).SelectMany(users => users).Distinct()];

    /// <summary>Each organisation's users, in one round trip however many organisations are asked (a page telling of
    /// twenty matches asks once, not twenty times); an organisation with none is absent (the lookup answers empty).</summary>
    public static async Task<ILookup<Guid, Guid>> ByOrganisationAsync(IQuerySession session, IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        if (organisations.Count == 0)
        {
            return Array.Empty<(Guid Organisation, Guid User)>().ToLookup(r => r.Organisation, r => r.User);
        }

        var rows = await session.AdvancedSql.QueryAsync<Guid, Guid>(
            $"""
            select distinct row(u."OrganisationId"), row(u."Id") from identity."AspNetUsers" u
            join identity."AspNetUserRoles" ur on ur."UserId" = u."Id"
            join identity."AspNetRoles" r on r."Id" = ur."RoleId"
            where u."OrganisationId" = any(?) and r."Name" in ('{Infrastructure.Auth.Roles.University}', '{Infrastructure.Auth.Roles.Enterprise}')
            """, ct, [organisations.ToArray()]);
        return rows.ToLookup(r => r.Item1, r => r.Item2);
    }
}
