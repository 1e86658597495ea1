using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Either side ends the talks.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record CloseDeal(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Deal deal, CloseDeal command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own) ?? Deal.SidesOnly(deal, command.Actor) ?? Deal.RequireOpen(deal)
        ?? Decision.Accept(new DealClosed(deal.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class CloseDealEndpoint
{
    public static RouteGroupBuilder MapCloseDeal(this RouteGroupBuilder deals)
    {
        deals.MapPost("/{id:guid}/close", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Deal, Organisation?>(id, "The deal", rc.OwnOrganisation(), (d, own) => CloseDeal.Decide(d, new CloseDeal(request.Reason, rc.Actor, rc.Now, own))))
            .RequireAuthorization(Policies.Bidder)
            .Validate<ReasonRequest>()
            .WithSummary("End the deal with a reason (either side)");
        return deals;
    }
}
