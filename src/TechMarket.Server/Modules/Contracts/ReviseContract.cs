using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A party revises the draft; signatures given on the old terms are void. A challenge's contract keeps the
/// amount its award funds.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: no new terms towards a suspended one.</param>
public sealed record ReviseContract(ContractTerms Terms, TiedContract? Tied, Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static Decision Decide(Contract contract, ReviseContract command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? ContractRules.PartyUserOnly(contract, command.Actor)
        ?? ContractRules.RequireStatus(contract, "be revised", ContractStatus.Draft)
        ?? ContractRules.OtherPartiesActive(contract, command.Actor, command.Parties)
        ?? (contract.Source.Origin == ContractOrigin.Challenge && command.Terms.ContractAmount != contract.Terms.ContractAmount
            ? DomainError.Invalid("contractAmount", $"A challenge's contract is for what its award funds: {contract.Terms.ContractAmount:0.00}.")
            : null)
        ?? DraftContract.TiedProblem(command.Terms, command.Tied, contract.Buyer.OrganisationId, contract.Seller.OrganisationId)
        ?? ContractRules.TermsProblem(command.Terms)
        ?? Decision.Accept(new ContractRevised(contract.Id, command.Terms, command.Actor.UserId, command.Now));
}

public static class ReviseContractEndpoint
{
    public static RouteGroupBuilder MapReviseContract(this RouteGroupBuilder contracts)
    {
        contracts.MapPut("/{id:guid}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (Guid id, ContractTermsRequest request, [AsParameters] RequestContext rc, Brokers brokers) =>
            {
                var (broker, brokerError) = await brokers.ResolveAsync(request.BrokerId, "brokerId");
                if (brokerError is not null)
                {
                    return Problems.Refuse<NoContent>(brokerError);
                }

                var command = new ReviseContract(request.ToTerms(broker), await ContractWrites.TiedAsync(rc.Session, request.TiedToContractId, rc.Actor, rc.Cancellation), rc.Actor, rc.Now);
                return await ContractWrites.ExecuteTowardsParties(rc, id, (c, read) => ReviseContract.Decide(c, command with { Own = read.Own, Parties = read.Parties }));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<ContractTermsRequest>()
            .WithSummary("Revise a draft contract's terms (every signature given so far is void)");
        return contracts;
    }
}
