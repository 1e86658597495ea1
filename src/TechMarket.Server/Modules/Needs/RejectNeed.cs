using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

public sealed record RejectNeedRequest([LongText] string Reason);

public sealed class RejectNeedValidator : AbstractValidator<RejectNeedRequest>
{
    public RejectNeedValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}

/// <summary>The bureau sends a submitted need back with a reason; the enterprise may revise and resubmit.</summary>
public static class RejectNeed
{
    public static Decision Decide(Need need, string reason, Actor officer, DateTimeOffset now) =>
        NeedRules.CoveringBureauOnly(need, officer)
        ?? NeedRules.RequireStatus(need, "rejected", NeedStatus.Submitted)
        ?? Decision.Accept(new NeedRejected(need.Id, reason.Trim(), officer.UserId, now));

    public static RouteGroupBuilder MapRejectNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/reject", (Guid id, RejectNeedRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Need>(http, id, "The need", need => Decide(need, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<RejectNeedRequest>()
            .WithSummary("Reject a submitted need with a reason");
        return group;
    }
}
