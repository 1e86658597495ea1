using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

public sealed record RejectNeedRequest([LongText] string Reason);

public sealed class RejectNeedValidator : AbstractValidator<RejectNeedRequest>
{
    public RejectNeedValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>The bureau sends a submitted need back with a reason; the enterprise may revise and resubmit.</summary>
public sealed record RejectNeed(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Need need, RejectNeed command) =>
        NeedRules.CoveringBureauOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "rejected", NeedStatus.Submitted)
        ?? Decision.Accept(new NeedRejected(need.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RejectNeedEndpoint
{
    public static RouteGroupBuilder MapRejectNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/reject", (Guid id, RejectNeedRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Need>(id, "The need", need => RejectNeed.Decide(need, new RejectNeed(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<RejectNeedRequest>()
            .WithSummary("Reject a submitted need with a reason");
        return group;
    }
}
