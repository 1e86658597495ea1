using FluentValidation;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record CloseUnfilledRequest([LongText] string Reason);

public sealed class CloseUnfilledValidator : AbstractValidator<CloseUnfilledRequest>
{
    public CloseUnfilledValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>流榜: no bid reached the pass mark (or none came), and the bureau closes the challenge without a winner.</summary>
public sealed record CloseUnfilled(string Reason, int MinimumReviews, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, CloseUnfilled command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "close as 流榜", ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? PassMark.RequireNoWinner(challenge, command.MinimumReviews)
        ?? Decision.Accept(new ChallengeUnfilled(challenge.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class CloseUnfilledEndpoint
{
    public static RouteGroupBuilder MapCloseUnfilled(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/unfilled", (Guid id, CloseUnfilledRequest body, IOptions<ChallengeOptions> options, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge",
                    c => CloseUnfilled.Decide(c, new CloseUnfilled(body.Reason, options.Value.MinimumReviews, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<CloseUnfilledRequest>()
            .WithSummary("流榜: close the challenge without a winner, with a reason, when no bid reached the pass mark");
        return challenges;
    }
}
