using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

public sealed record AgreeDealRequest(int Proposal);

/// <summary>The side that did not make the latest proposal agrees to it: the deal is agreed and the contract drafted on
/// exactly those terms (the enterprise buys, the achievement's organisation sells), in one transaction.</summary>
public sealed record AgreeDeal(Guid ContractId, int Proposal, IReadOnlyDictionary<Guid, Organisation> Organisations, Actor Actor, DateTimeOffset Now)
{
    public static (Decision Deal, Decision Contract) Decide(Deal deal, AgreeDeal command)
    {
        var refused = Deal.SidesOnly(deal, command.Actor) ?? Deal.RequireOpen(deal);
        if (refused is null && deal.Latest?.Number != command.Proposal)
        {
            refused = DomainError.Conflict("proposal-superseded", $"Proposal {command.Proposal} is not the latest{(deal.Latest is null ? string.Empty : $" (that is {deal.Latest.Number})")}.");
        }

        if (refused is null && command.Actor.BelongsTo(deal.Latest!.ProposedBy))
        {
            refused = DomainError.Conflict("own-proposal", "The other side agrees to a proposal, not the side that made it.");
        }

        if (refused is not null)
        {
            return (refused, refused);
        }

        // Both sides were approved when the deal opened; the only way back out is a suspension, the caller's own or the
        // other side's. A side that was not read is refused rather than drafted into a contract.
        var buyer = command.Organisations.GetValueOrDefault(deal.Buyer.OrganisationId);
        var seller = command.Organisations.GetValueOrDefault(deal.Seller.OrganisationId);
        var (own, other) = command.Actor.BelongsTo(deal.Buyer.OrganisationId) ? (buyer, seller) : (seller, buyer);
        if (((own is null || other is null ? ActingOrganisation.Unknown : null)
             ?? ActingOrganisation.Refusal(command.Actor, own) ?? ActingOrganisation.PartyRefusal(other)) is { } gone)
        {
            return (gone, gone);
        }

        var (parties, _) = ContractParties.Build(buyer!, seller!, [], "dealId");
        var contract = Decision.Accept(new ContractDrafted(
            command.ContractId, new ContractSource(ContractOrigin.Achievement, deal.AchievementId), parties!, deal.Latest!.Terms, command.Actor.UserId, command.Now));
        return (Decision.Accept(new DealAgreed(deal.Id, command.Proposal, command.ContractId, command.Actor.UserId, command.Now)), contract);
    }
}

public static class AgreeDealEndpoint
{
    public static RouteGroupBuilder MapAgreeDeal(this RouteGroupBuilder deals)
    {
        deals.MapPost("/{id:guid}/agree", async (Guid id, AgreeDealRequest request, [AsParameters] RequestContext rc) =>
            {
                var contractId = Guid.CreateVersion7();
                var sides = await rc.Session.LoadAsync<DealDetails>(id, rc.Cancellation);
                var organisations = sides is null ? new Dictionary<Guid, Organisation>()
                    : (await rc.Session.LoadManyAsync<Organisation>(rc.Cancellation, sides.Buyer.OrganisationId, sides.Seller.OrganisationId)).ToDictionary(o => o.Id);
                var command = new AgreeDeal(contractId, request.Proposal, organisations, rc.Actor, rc.Now);
                // The deal and the contract it drafts commit together.
                return await rc.ExecuteOnTwo<Deal, Contract, Ok<CreatedResource>>(id, contractId, "The deal", (d, _) => AgreeDeal.Decide(d, command),
                    (_, _, _) => TypedResults.Ok(new CreatedResource(contractId)));
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Agree to the other side's latest proposal: the contract is drafted on those terms");
        return deals;
    }
}
