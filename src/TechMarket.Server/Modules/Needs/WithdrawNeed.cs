using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

public sealed record WithdrawNeedRequest([LongText] string? Reason = null);

public sealed class WithdrawNeedValidator : AbstractValidator<WithdrawNeedRequest>
{
    public WithdrawNeedValidator() => RuleFor(r => r.Reason).MaximumLength(Validation.MaxReasonLength);
}

/// <summary>The enterprise takes its need back: a draft, a submitted or rejected need, or an accepted one (off the public list).</summary>
public sealed record WithdrawNeed(string? Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Need need, WithdrawNeed command) =>
        NeedRules.OwnerOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "withdrawn", NeedStatus.Draft, NeedStatus.Submitted, NeedStatus.Rejected, NeedStatus.Accepted)
        ?? Decision.Accept(new NeedWithdrawn(
            need.Id, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class WithdrawNeedEndpoint
{
    public static RouteGroupBuilder MapWithdrawNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawNeedRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Need>(id, "The need", need => WithdrawNeed.Decide(need, new WithdrawNeed(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<WithdrawNeedRequest>()
            .WithSummary("Withdraw a need");
        return group;
    }
}
