using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>不予登记: the registering bureau sends a signed contract back with a reason; it is a draft again.</summary>
public sealed record RefuseRegistration(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Contract contract, RefuseRegistration command) =>
        ContractRules.RegisteringBureauOnly(contract, command.Actor)
        ?? ContractRules.RequireStatus(contract, "be refused registration", ContractStatus.FullySigned)
        ?? Decision.Accept(new ContractRegistrationRefused(contract.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RefuseRegistrationEndpoint
{
    public static RouteGroupBuilder MapRefuseRegistration(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/refuse-registration", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                ContractWrites.Execute(rc, id, c => RefuseRegistration.Decide(c, new RefuseRegistration(request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<ReasonRequest>()
            .WithSummary("Refuse to register a signed contract, with a reason (不予登记); it goes back to the parties as a draft");
        return contracts;
    }
}
