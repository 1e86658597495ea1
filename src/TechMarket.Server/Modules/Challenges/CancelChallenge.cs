using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges;

public sealed record CancelChallengeRequest([LongText] string Reason);

public sealed class CancelChallengeValidator : AbstractValidator<CancelChallengeRequest>
{
    public CancelChallengeValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}

/// <summary>The bureau may call a challenge off, with a reason, until it is awarded.</summary>
public static class CancelChallenge
{
    public static Decision Decide(Challenge challenge, string reason, Actor officer, DateTimeOffset now) =>
        ChallengeRules.CoveringBureauOnly(challenge, officer)
        ?? ChallengeRules.RequireStatus(challenge, "be cancelled",
            ChallengeStatus.Draft, ChallengeStatus.Published, ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? Decision.Accept(new ChallengeCancelled(challenge.Id, reason.Trim(), officer.UserId, now));

    public static RouteGroupBuilder MapCancelChallenge(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/cancel", (Guid id, CancelChallengeRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge", c => Decide(c, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<CancelChallengeRequest>()
            .WithSummary("Cancel a challenge with a reason (until it is awarded)");
        return group;
    }
}
