using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>联合答题: a member's authorised user confirms, before the deadline, that its organisation takes part on the
/// terms named. An organisation already in another bid on the challenge (as lead or member) is refused — it alone reads
/// the refusal, so nobody learns who else bid.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record ConfirmMembership(Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    /// <param name="inAnotherBid">Whether the member's organisation takes part in another bid on the challenge.</param>
    public static Decision Decide(Bid bid, ConfirmMembership command, ChallengeDetails challenge, bool inAnotherBid)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if ((JointBidRules.MemberOnly(bid, command.Actor, out var member)
             ?? BidRules.RequireSubmitted(bid, "confirmed")
             ?? BidRules.WindowOpen(challenge, command.Now)) is { } refused)
        {
            return refused;
        }

        if (member!.Answer == MemberAnswer.Confirmed)
        {
            return DomainError.Conflict("already-confirmed", "Your organisation has already confirmed its part in this bid.");
        }

        return inAnotherBid
            ? JointBidRules.AlreadyInABid
            : Decision.Accept(new MembershipConfirmed(bid.Id, member.OrganisationId, command.Actor.UserId, command.Now));
    }
}

public static class ConfirmMembershipEndpoint
{
    public static RouteGroupBuilder MapConfirmMembership(this RouteGroupBuilder bids)
    {
        bids.MapPost("/{id:guid}/membership/confirm", Handle)
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Confirm your organisation's part in a joint bid that names it (联合答题), before the deadline");
        return bids;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(Guid id, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await MembershipEndpoints.NamingAsync(request, id) is not { } current)
        {
            return Problems.NotFound("The bid");
        }

        var (challenge, own) = await request.LoadWithOwnAsync<ChallengeDetails>(current.ChallengeId);
        var elsewhere = await BidParticipant.ElsewhereAsync(session, challenge!.Id, request.Actor.OrganisationId!.Value, id, ct);
        return await BidWrites.ChangeAsync(request, id, challenge.Id,
            bid => ConfirmMembership.Decide(bid, new ConfirmMembership(request.Actor, request.Now, own), challenge, elsewhere), _ => TypedResults.NoContent());
    }
}
