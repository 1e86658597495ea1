using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public sealed record DeclineReviewRequest([LongText] string Reason);

public sealed class DeclineReviewValidator : AbstractValidator<DeclineReviewRequest>
{
    public DeclineReviewValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// An assigned expert declines the review, with a reason, before scoring any bid of it (after that their scores are
/// part of the review, and a conflict with one bid is a recusal). The first alternate of the last draw still left takes
/// their place; without one the bureau assigns or draws again.
/// </summary>
public sealed record DeclineReview(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, DeclineReview command)
    {
        if ((ReviewRules.AssignedOnly(challenge, command.Actor, "decline its review")
            ?? ChallengeRules.RequireStatus(challenge, "have its review declined", ChallengeStatus.UnderReview)) is { } refused)
        {
            return refused;
        }

        if (challenge.Scores.Keys.Any(k => k.ExpertId == command.Actor.UserId))
        {
            return DomainError.Conflict("already-scored", "You have scored bids of this challenge; declare a conflict with a bid instead of declining.");
        }

        var replacement = challenge.Alternates.Count > 0 ? challenge.Alternates[0] : null;
        var declined = new ExpertDeclined(challenge.Id, command.Actor.UserId, command.Actor.Name, command.Reason.Trim(), replacement, command.Now);
        return replacement is null
            ? Decision.Accept(declined)
            : Decision.Accept(declined, new ExpertAssigned(challenge.Id, replacement.ExpertId, replacement.Name, command.Actor.UserId, command.Now));
    }
}

public static class DeclineReviewEndpoint
{
    public static RouteGroupBuilder MapDeclineReview(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/experts/me/decline", (Guid id, DeclineReviewRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => DeclineReview.Decide(c, new DeclineReview(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Expert)
            .Validate<DeclineReviewRequest>()
            .WithoutVersionETag()
            .WithSummary("Decline to review this challenge (before scoring), with a reason; an alternate of the draw takes your place");
        return challenges;
    }
}
