using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>One side proposes contract terms in a transfer mode the achievement offers; not while it is suspended.</summary>
/// <param name="Own">The proposing side's organisation as it is now, read with the stream.</param>
public sealed record ProposeDealTerms(ContractTerms Terms, Actor Actor, DateTimeOffset Now, Organisation? Own)
{
    public static Decision Decide(Deal deal, ProposeDealTerms command)
    {
        if ((Deal.SidesOnly(deal, command.Actor) ?? AchievementRules.SideActive(command.Actor, command.Own) ?? Deal.RequireOpen(deal)) is { } refused)
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

public static class ProposeDealTermsEndpoint
{
    public static RouteGroupBuilder MapProposeDealTerms(this RouteGroupBuilder deals)
    {
        deals.MapPost("/{id:guid}/proposals", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (Guid id, ContractTermsRequest request, [AsParameters] RequestContext rc, Brokers brokers) =>
            {
                var (broker, error) = await brokers.ResolveAsync(request.BrokerId, "brokerId");
                return error is not null
                    ? Problems.Refuse<NoContent>(error)
                    : await rc.Execute<Deal, Organisation?>(id, "The deal", rc.OwnOrganisation(),
                        (d, own) => ProposeDealTerms.Decide(d, new ProposeDealTerms(request.ToTerms(broker), rc.Actor, rc.Now, own)));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<ContractTermsRequest>()
            .WithSummary("Propose contract terms in the deal (either side); the other side may agree to them");
        return deals;
    }
}
