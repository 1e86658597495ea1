using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
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
/// part of the review, and a conflict with one bid is a recusal). The first alternate of the last draw still left that
/// has no conflict now — checked again as at an assignment, since a conflict may have arisen after the draw — takes
/// their place; without one the bureau assigns or draws again. A decliner is never drawn for the challenge again.
/// </summary>
public sealed record DeclineReview(string Reason, Actor Actor, DateTimeOffset Now)
{
    /// <param name="alternates">The pool profiles of the alternates (one missing from the pool is passed over).</param>
    /// <param name="bids">The bids on the challenge, for the conflict check.</param>
    /// <param name="partners">The contract partners of each alternate's organisation, by organisation.</param>
    public static Decision Decide(
        Challenge challenge, DeclineReview command, IReadOnlyList<ExpertProfile> alternates, IReadOnlyList<ChallengeBid> bids,
        IReadOnlyDictionary<Guid, IReadOnlyList<ContractPartner>> partners)
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

        var today = command.Now.DateInChina();
        var replacement = challenge.Alternates.FirstOrDefault(a => alternates.FirstOrDefault(p => p.Id == a.ExpertId) is { Standing: ExpertStanding.Approved } profile
            && AssignExpert.Conflict(challenge, profile, bids, profile.OrganisationId is { } o ? partners.GetValueOrDefault(o) ?? [] : [], today) is null);
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
        challenges.MapPost("/{id:guid}/experts/me/decline", Handle)
            .RequireAuthorization(Policies.Expert)
            .Validate<DeclineReviewRequest>()
            .WithoutVersionETag()
            .WithSummary("Decline to review this challenge (before scoring), with a reason; an alternate of the draw without a conflict takes your place");
        return challenges;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, DeclineReviewRequest body, IChallengeBids bids, IContractHistory contracts, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        var waiting = await session.LoadAsync<ChallengeDetails>(id, ct) is { } details ? details.Alternates.Select(a => a.ExpertId).ToArray() : [];
        var alternates = waiting.Length == 0 ? [] : await session.LoadManyAsync<ExpertProfile>(ct, waiting);
        var partners = await DrawExpertsEndpoint.PartnersAsync(session, contracts, alternates, ct);
        var onChallenge = await bids.OnAsync(session, id, ct);
        return await request.Execute<Challenge>(id, "The challenge",
            c => DeclineReview.Decide(c, new DeclineReview(body.Reason, request.Actor, request.Now), alternates, onChallenge, partners));
    }
}
