using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

public static class AwardContractsQuery
{
    public static RouteGroupBuilder MapAwardContracts(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/contracts", async Task<Results<Ok<AwardContracts>, ProblemHttpResult>> (
                Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
            {
                if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
                {
                    return Problems.NotFound("The challenge");
                }

                var work = AwardSource.From(challenge);
                var funder = work.Funders.Any(f => actor.BelongsTo(f.EnterpriseId));
                if (!ContractRules.IsOrganisationUser(actor) || !(funder || work.Winners.Any(w => w.Includes(actor))))
                {
                    return Problems.NotFound("The challenge's contracts");
                }

                var claims = await session.Query<AwardContractClaim>().Where(c => c.ChallengeId == id).ToListAsync(ct);
                var names = (await session.LoadManyAsync<Organisation>(ct, [.. work.Winners.Select(w => w.OrganisationId)])).ToDictionary(o => o.Id, o => o.Name);
                return TypedResults.Ok(new AwardContracts(id, work.Title, work.Field, work.Contractable, [
                    .. work.Winners.Select(w => new AwardedContract(
                        challenge.Results.First(r => r.BidId == w.BidId).Label, names.GetValueOrDefault(w.OrganisationId, string.Empty), w.Funding, w.Stages,
                        // Every funder is a buyer of every award contract; a winner (each organisation of a joint bid) is party to its own only.
                        funder || w.Includes(actor) ? claims.FirstOrDefault(c => c.BidId == w.BidId)?.Id : null, w.Members)),
                ]));
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("The contracts an awarded challenge calls for, per winning team (its funders and winners)");
        return challenges;
    }
}
