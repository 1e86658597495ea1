using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Either side ends the talks.</summary>
public sealed record CloseDeal(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Deal deal, CloseDeal command) =>
        Deal.SidesOnly(deal, command.Actor) ?? Deal.RequireOpen(deal)
        ?? Decision.Accept(new DealClosed(deal.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class CloseDealEndpoint
{
    public static RouteGroupBuilder MapCloseDeal(this RouteGroupBuilder deals)
    {
        deals.MapPost("/{id:guid}/close", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Deal>(id, "The deal", d => CloseDeal.Decide(d, new CloseDeal(request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bidder)
            .Validate<ReasonRequest>()
            .WithSummary("End the deal with a reason (either side)");
        return deals;
    }
}
