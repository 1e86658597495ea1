using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>One side proposes contract terms in a transfer mode the achievement offers.</summary>
public sealed record ProposeDealTerms(ContractTerms Terms, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Deal deal, ProposeDealTerms command)
    {
        if ((Deal.SidesOnly(deal, command.Actor) ?? Deal.RequireOpen(deal)) is { } refused)
        {
            return refused;
        }

        if (!deal.TransferModes.Any(m => TypeFor(m) == command.Terms.Type))
        {
            return DomainError.Invalid("type", "The achievement is offered as " + string.Join(", ", deal.TransferModes.Select(m => TypeFor(m).ToString())) + ".");
        }

        return ContractRules.TermsProblem(command.Terms) ?? Decision.Accept(new DealTermsProposed(
            deal.Id, (deal.Latest?.Number ?? 0) + 1, command.Actor.OrganisationId!.Value, command.Terms, command.Actor.UserId, command.Now));
    }

    /// <summary>The contract type each transfer mode is registered as.</summary>
    public static ContractType TypeFor(TransferMode mode) => mode switch
    {
        TransferMode.Transfer => ContractType.Transfer,
        TransferMode.Licence => ContractType.Licence,
        _ => ContractType.Development,
    };
}

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

        if (command.Organisations.GetValueOrDefault(deal.Buyer.OrganisationId) is not { IsApproved: true } buyer
            || command.Organisations.GetValueOrDefault(deal.Seller.OrganisationId) is not { IsApproved: true } seller)
        {
            var gone = DomainError.Conflict("party-not-approved", "A side of the deal is no longer an approved organisation.");
            return (gone, gone);
        }

        var (parties, _) = ContractParties.Build(buyer, seller, [], "dealId");
        var contract = Decision.Accept(new ContractDrafted(
            command.ContractId, new ContractSource(ContractOrigin.Achievement, deal.AchievementId), parties!, deal.Latest!.Terms, command.Actor.UserId, command.Now));
        return (Decision.Accept(new DealAgreed(deal.Id, command.Proposal, command.ContractId, command.Actor.UserId, command.Now)), contract);
    }
}

/// <summary>Either side ends the talks.</summary>
public sealed record CloseDeal(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Deal deal, CloseDeal command) =>
        Deal.SidesOnly(deal, command.Actor) ?? Deal.RequireOpen(deal)
        ?? Decision.Accept(new DealClosed(deal.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class NegotiateDealEndpoints
{
    public static RouteGroupBuilder MapNegotiateDeal(this RouteGroupBuilder deals)
    {
        deals.MapPost("/{id:guid}/proposals", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (Guid id, ContractTermsRequest request, [AsParameters] RequestContext rc, Brokers brokers) =>
            {
                var (broker, error) = await brokers.ResolveAsync(request.BrokerId, "brokerId");
                return error is not null
                    ? Problems.Refuse<NoContent>(error)
                    : await rc.Execute<Deal>(id, "The deal", d => ProposeDealTerms.Decide(d, new ProposeDealTerms(request.ToTerms(broker), rc.Actor, rc.Now)));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<ContractTermsRequest>()
            .WithSummary("Propose contract terms in the deal (either side); the other side may agree to them");
        deals.MapPost("/{id:guid}/agree", async (Guid id, AgreeDealRequest request, [AsParameters] RequestContext rc) =>
            {
                var contractId = Guid.CreateVersion7();
                var sides = await rc.Session.LoadAsync<DealDetails>(id, rc.Cancellation);
                var organisations = sides is null ? new Dictionary<Guid, Organisation>()
                    : (await rc.Session.LoadManyAsync<Organisation>(rc.Cancellation, sides.Buyer.OrganisationId, sides.Seller.OrganisationId)).ToDictionary(o => o.Id);
                var command = new AgreeDeal(contractId, request.Proposal, organisations, rc.Actor, rc.Now);
                return await rc.Execute<Deal, Ok<CreatedResource>>(id, "The deal", d => AgreeDeal.Decide(d, command).Deal,
                    _ => TypedResults.Ok(new CreatedResource(contractId)),
                    (d, _) =>
                    {
                        rc.Session.Events.StartStream<Contract>(contractId, [.. AgreeDeal.Decide(d, command).Contract.Events]);
                        return Task.CompletedTask;
                    });
            })
            .RequireAuthorization(Policies.Bidder)
                        .WithSummary("Agree to the other side's latest proposal: the contract is drafted on those terms");
        deals.MapPost("/{id:guid}/close", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Deal>(id, "The deal", d => CloseDeal.Decide(d, new CloseDeal(request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bidder)
            .Validate<ReasonRequest>()
            .WithSummary("End the deal with a reason (either side)");
        return deals;
    }
}
