using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

public sealed record WithdrawNeedRequest([LongText] string? Reason = null);

public sealed class WithdrawNeedValidator : AbstractValidator<WithdrawNeedRequest>
{
    public WithdrawNeedValidator() => RuleFor(r => r.Reason).MaximumLength(Validation.MaxReasonLength);
}

/// <summary>The enterprise takes its need back: a draft, a submitted or rejected need, or an accepted one (off the public
/// list) — unless a published challenge holds it: then it asks the bureau (<see cref="RequestNeedWithdrawal"/>).</summary>
/// <param name="Own">The caller's organisation as read with the stream (<see cref="ActingOrganisation"/>).</param>
public sealed record WithdrawNeed(string? Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    /// <param name="holding">The titles of the challenges that hold the need (<see cref="INeedChallenges"/>).</param>
    public static Decision Decide(Need need, WithdrawNeed command, IReadOnlyList<string> holding) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? NeedRules.OwnerOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "withdrawn", NeedStatus.Draft, NeedStatus.Submitted, NeedStatus.Rejected, NeedStatus.Accepted)
        ?? (holding.Count > 0
            ? DomainError.Conflict("need-in-challenge",
                $"The published challenge {string.Join("、", holding)} holds this need; ask the bureau to release it (it may cancel the challenge).")
            : null)
        ?? Decision.Accept(new NeedWithdrawn(
            need.Id, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class WithdrawNeedEndpoint
{
    public static RouteGroupBuilder MapWithdrawNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawNeedRequest body, INeedChallenges challenges, [AsParameters] RequestContext request) =>
            {
                var holding = await challenges.HoldingNeedAsync(request.Session, id, request.Cancellation);
                return await request.Execute<Need, Organisation?>(id, "The need", request.OwnOrganisation(),
                    (need, own) => WithdrawNeed.Decide(need, new WithdrawNeed(body.Reason, request.Actor, request.Now, own), holding));
            })
            .RequireAuthorization(Policies.NeedPoster)
            .Validate<WithdrawNeedRequest>()
            .WithSummary("Withdraw a need");
        return group;
    }
}
