using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>签署: an authorised user signs for its own organisation; when every party has signed, the contract goes
/// to the seller's bureau for registration.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: no signature towards a suspended one.</param>
public sealed record SignContract(Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static Decision Decide(Contract contract, SignContract command)
    {
        var actor = command.Actor;
        if ((ActingOrganisation.Refusal(actor, command.Own) ?? ContractRules.PartyUserOnly(contract, actor) ?? ContractRules.RequireStatus(contract, "be signed", ContractStatus.Draft)
             ?? ContractRules.OtherPartiesActive(contract, actor, command.Parties)) is { } refused)
        {
            return refused;
        }

        var organisation = actor.OrganisationId!.Value;
        return contract.Signatures.Contains(organisation)
            ? DomainError.Conflict("already-signed", "Your organisation has already signed these terms.")
            : Decision.Accept(new ContractSigned(contract.Id, organisation, actor.UserId, actor.Name, command.Now));
    }
}

public static class SignContractEndpoint
{
    public static RouteGroupBuilder MapSignContract(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/sign", (Guid id, [AsParameters] RequestContext rc) =>
                ContractWrites.ExecuteTowardsParties(rc, id, (c, read) => SignContract.Decide(c, new SignContract(rc.Actor, rc.Now, read.Own, read.Parties))))
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Sign the contract for your organisation (签署)");
        return contracts;
    }
}
