using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>发榜: once every enterprise has confirmed its funding, the bureau publishes the challenge.</summary>
public sealed record PublishChallenge(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, PublishChallenge command)
    {
        var refusal = ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
                      ?? ChallengeRules.RequireStatus(challenge, "be published", ChallengeStatus.Draft);
        if (refusal is not null)
        {
            return refusal;
        }

        var unconfirmed = challenge.Funding.Where(f => !challenge.ConfirmedFunders.Contains(f.EnterpriseId)).Select(f => f.EnterpriseName).Distinct().ToList();
        if (unconfirmed.Count > 0)
        {
            return DomainError.Conflict("funding-unconfirmed", $"Waiting for funding confirmation from: {string.Join("、", unconfirmed)}.");
        }

        if (challenge.Terms.ClosesAt <= command.Now)
        {
            return DomainError.Conflict("deadline-passed", "The bidding deadline has already passed; cancel this draft and create a new one.");
        }

        return Decision.Accept(new ChallengePublished(challenge.Id, challenge.Bounty, command.Actor.UserId, command.Now));
    }
}

public static class PublishChallengeEndpoint
{
    public static RouteGroupBuilder MapPublishChallenge(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/publish", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => PublishChallenge.Decide(c, new PublishChallenge(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Publish a draft challenge (发榜)");
        return group;
    }
}
