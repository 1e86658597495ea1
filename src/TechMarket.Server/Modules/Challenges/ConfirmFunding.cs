using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>企业出题: each enterprise behind the challenge confirms the share of the bounty it funds.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record ConfirmFunding(Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Challenge challenge, ConfirmFunding command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if (command.Actor.OrganisationId is not { } enterprise || !challenge.IsFundedBy(enterprise))
        {
            return DomainError.Forbidden("not-a-funder", "Only an enterprise whose need the challenge is built from confirms funding.");
        }

        if (ChallengeRules.RequireStatus(challenge, "be funded now", ChallengeStatus.Draft) is { } refusal)
        {
            return refusal;
        }

        if (challenge.ConfirmedFunders.Contains(enterprise))
        {
            return DomainError.Conflict("already-confirmed", "Your enterprise already confirmed its funding.");
        }

        var amount = challenge.Funding.Where(f => f.EnterpriseId == enterprise).Sum(f => f.Amount);
        return Decision.Accept(new FundingConfirmed(challenge.Id, enterprise, amount, command.Actor.UserId, command.Now));
    }
}

public static class ConfirmFundingEndpoint
{
    public static RouteGroupBuilder MapConfirmFunding(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/funding/confirm", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Challenge, Organisation?>(id, "The challenge", request.OwnOrganisation(),
                    (c, own) => ConfirmFunding.Decide(c, new ConfirmFunding(request.Actor, request.Now, own))))
            .RequireAuthorization(Policies.NeedPoster) // an institute's or a hospital's need is funded by it too; the decision checks the funder
            .WithSummary("Confirm your enterprise's share of the bounty");
        return group;
    }
}
