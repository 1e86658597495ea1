using FluentValidation;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record RepublishChallengeRequest(DateTimeOffset ClosesAt, [LongText] string Reason);

public sealed class RepublishChallengeValidator : AbstractValidator<RepublishChallengeRequest>
{
    public RepublishChallengeValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// 重新发榜: when no bid reached the pass mark (or none came), the bureau opens bidding again until a later deadline,
/// with a reason. The bids that stand stay in and may be amended; the next close labels them afresh and a new review
/// starts — the earlier scores and feedback were for a ranking that produced no winner.
/// </summary>
public sealed record RepublishChallenge(DateTimeOffset ClosesAt, string Reason, int MinimumReviews, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, RepublishChallenge command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "be re-published", ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? PassMark.RequireNoWinner(challenge, command.MinimumReviews)
        ?? (command.ClosesAt > command.Now
            ? null
            : DomainError.Invalid("closesAt", "The new bidding deadline must be in the future."))
        ?? Decision.Accept(new ChallengeRepublished(challenge.Id, command.ClosesAt, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RepublishChallengeEndpoint
{
    public static RouteGroupBuilder MapRepublishChallenge(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/republish", (Guid id, RepublishChallengeRequest body, IOptions<ChallengeOptions> options, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c =>
                {
                    var decision = RepublishChallenge.Decide(c, new RepublishChallenge(body.ClosesAt, body.Reason, options.Value.MinimumReviews, request.Actor, request.Now));
                    if (!decision.IsRefused)
                    {
                        // In the same unit of work as the event, so the gate opens exactly when the challenge does.
                        BiddingGate.Reopen(request.Session, id);
                    }

                    return decision;
                }))
            .RequireAuthorization(Policies.Bureau)
            .Validate<RepublishChallengeRequest>()
            .WithSummary("重新发榜: no bid reached the pass mark — open bidding again until a later deadline, with a reason");
        return challenges;
    }
}
