using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

public sealed record WithdrawNeedRequest([LongText] string? Reason = null);

public sealed class WithdrawNeedValidator : AbstractValidator<WithdrawNeedRequest>
{
    public WithdrawNeedValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}

/// <summary>The enterprise takes its need back: a draft, a submitted or rejected need, or an accepted one (off the public list).</summary>
public static class WithdrawNeed
{
    public static Decision Decide(Need need, string? reason, Actor actor, DateTimeOffset now) =>
        NeedRules.OwnerOnly(need, actor)
        ?? NeedRules.RequireStatus(need, "withdrawn", NeedStatus.Draft, NeedStatus.Submitted, NeedStatus.Rejected, NeedStatus.Accepted)
        ?? Decision.Accept(new NeedWithdrawn(need.Id, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), actor.UserId, now));

    public static RouteGroupBuilder MapWithdrawNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawNeedRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Need>(http, id, "The need", need => Decide(need, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<WithdrawNeedRequest>()
            .WithSummary("Withdraw a need");
        return group;
    }
}
