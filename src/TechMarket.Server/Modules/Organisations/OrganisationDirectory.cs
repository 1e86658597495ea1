using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>An approved organisation as anyone on the platform may find it: to name it as a contract's counterparty, a
/// voucher's holder or a listed provider.</summary>
public sealed record OrganisationCard(Guid Id, string Name, OrganisationKind Kind, string District);

public static class OrganisationDirectory
{
    private const int MaxResults = 50;

    public static RouteGroupBuilder MapOrganisationDirectory(this RouteGroupBuilder group)
    {
        group.MapGet("/directory", async Task<Ok<IReadOnlyList<OrganisationCard>>> (
                IQuerySession session, string? q, OrganisationKind? kind, string? district, CancellationToken ct) =>
            {
                // Only organisations that joined (approved, not suspended): the others are their own and their bureau's business.
                var query = session.Query<Organisation>().Where(o => o.Status == OrganisationStatus.Approved);
                query = kind is { } k ? query.Where(o => o.Kind == k) : query;
                query = string.IsNullOrWhiteSpace(district) ? query : query.Where(o => o.District == district);
                if (!string.IsNullOrWhiteSpace(q))
                {
                    var text = q.Trim();
                    query = query.Where(o => o.Name.Contains(text, StringComparison.OrdinalIgnoreCase));
                }

                var found = await query.OrderBy(o => o.Name).Take(MaxResults).ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<OrganisationCard>>([.. found.Select(o => new OrganisationCard(o.Id, o.Name, o.Kind, o.District))]);
            })
            .RequireAuthorization(Policies.User)
            .WithSummary("Approved organisations by name, kind and district (at most 50): counterparties, voucher holders, providers");
        return group;
    }
}
