using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public sealed record RecusalRequest([LongText] string Reason);

public sealed class RecusalRequestValidator : AbstractValidator<RecusalRequest>
{
    public RecusalRequestValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// 回避: an assigned expert who recognises a conflict with one bid — known to them only by its blind label — declares it,
/// with a reason. From then on their scores for that bid do not count (any given are dropped) and they may not score
/// it; the bureau sees the recusal in the review log.
/// </summary>
public sealed record RecuseFromBid(string Label, string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, RecuseFromBid command) =>
        ReviewRules.AssignedOnly(challenge, command.Actor, "declare a conflict with its bids")
        ?? ChallengeRules.RequireStatus(challenge, "take recusals", ChallengeStatus.UnderReview)
        ?? ReviewRules.RequireLabel(challenge, command.Label, out var commitment)
        ?? NotYetRecused(challenge, commitment!, command.Actor)
        ?? Decision.Accept(new ExpertRecused(
            challenge.Id, commitment!.BidId, commitment.Label, command.Actor.UserId, command.Actor.Name, command.Reason.Trim(), command.Now));

    private static DomainError? NotYetRecused(Challenge challenge, PublishedCommitment commitment, Actor expert) =>
        challenge.Recusals.Contains((commitment.BidId, expert.UserId))
            ? DomainError.Conflict("already-recused", $"You already declared a conflict with bid {commitment.Label}.")
            : null;
}

public static class RecuseFromBidEndpoint
{
    public static RouteGroupBuilder MapRecuseFromBid(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/bids/{label}/recusal", (Guid id, string label, RecusalRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => RecuseFromBid.Decide(c, new RecuseFromBid(label, body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Expert)
            .Validate<RecusalRequest>()
            .WithoutVersionETag()
            .WithSummary("回避: declare a conflict of interest with the bid of this blind label; your scores for it no longer count");
        return challenges;
    }
}
