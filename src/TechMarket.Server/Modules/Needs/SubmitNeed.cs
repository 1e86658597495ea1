using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

/// <summary>需求征集: the enterprise sends its draft to the district bureau.</summary>
public static class SubmitNeed
{
    public static Decision Decide(Need need, Actor actor, DateTimeOffset now)
    {
        var refusal = NeedRules.OwnerOnly(need, actor) ?? NeedRules.RequireStatus(need, "submitted", NeedStatus.Draft);
        if (refusal is not null)
        {
            return refusal;
        }

        if (need.Content.DesiredDelivery <= now.DateInChina())
        {
            return DomainError.Conflict("delivery-date-passed", "The desired delivery date has passed; edit the need before submitting it.");
        }

        return Decision.Accept(new NeedSubmitted(need.Id, actor.UserId, now));
    }

    public static RouteGroupBuilder MapSubmitNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/submit", (Guid id, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Need>(http, id, "The need", need => Decide(need, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("Submit a draft need to the district bureau");
        return group;
    }
}
