using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>An approved organisation as anyone on the platform may find it: to name it as a contract's counterparty, a
/// voucher's holder or a listed provider.</summary>
public sealed record OrganisationCard(Guid Id, string Name, OrganisationKind Kind, string District);

public static class OrganisationDirectory
{
    private const int MaxResults = 50;

    public static RouteGroupBuilder MapOrganisationDirectory(this RouteGroupBuilder group)
    {
        group.MapGet("/directory", async Task<Results<Ok<IReadOnlyList<OrganisationCard>>, ValidationProblem>> (
                IQuerySession session, string? q, OrganisationKind? kind, string? district, Guid[]? ids, CancellationToken ct) =>
            {
                if (ids is { Length: > MaxResults })
                {
                    return Problems.Validation(new Dictionary<string, string[]> { ["ids"] = [$"At most {MaxResults} organisations at a time."] });
                }

                // Only organisations that joined (approved, not suspended): the others are their own and their bureau's business.
                var query = session.Query<Organisation>().Where(o => o.Status == OrganisationStatus.Approved);
                query = ids is { Length: > 0 } ? query.Where(o => ids.Contains(o.Id)) : query;
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
            .WithSummary("Approved organisations by name, kind and district, or by id (at most 50): counterparties, voucher holders, providers, conflicts");
        return group;
    }
}
