using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

/// <summary>需求征集: the enterprise sends its draft to the district bureau.</summary>
public sealed record SubmitNeed(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Need need, SubmitNeed command)
    {
        var refusal = NeedRules.OwnerOnly(need, command.Actor) ?? NeedRules.RequireStatus(need, "submitted", NeedStatus.Draft);
        if (refusal is not null)
        {
            return refusal;
        }

        if (need.Content.DesiredDelivery <= command.Now.DateInChina())
        {
            return DomainError.Conflict("delivery-date-passed", "The desired delivery date has passed; edit the need before submitting it.");
        }

        return Decision.Accept(new NeedSubmitted(need.Id, command.Actor.UserId, command.Now));
    }
}

public static class SubmitNeedEndpoint
{
    public static RouteGroupBuilder MapSubmitNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/submit", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Need>(id, "The need", need => SubmitNeed.Decide(need, new SubmitNeed(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("Submit a draft need to the district bureau");
        return group;
    }
}
