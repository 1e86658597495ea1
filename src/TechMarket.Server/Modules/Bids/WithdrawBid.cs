using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bidder takes its bid back before the deadline; it may submit again while bidding is open. A joint
/// bid's members are free again (and asked again if it is submitted again).</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record WithdrawBid(Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Bid bid, WithdrawBid command, ChallengeDetails challenge) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? BidRules.BidderOnly(bid, command.Actor)
        ?? BidRules.RequireSubmitted(bid, "withdrawn")
        ?? BidRules.WindowOpen(challenge, command.Now)
        ?? Decision.Accept(new BidWithdrawn(bid.Id, command.Actor.UserId, command.Now));
}

public static class WithdrawBidEndpoint
{
    public static RouteGroupBuilder MapWithdrawBid(this RouteGroupBuilder bids)
    {
        bids.MapPost("/{id:guid}/withdraw", Handle)
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Withdraw your bid before the deadline");
        return bids;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(Guid id, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await session.LoadAsync<BidDetails>(id, ct) is not { } current || !request.Actor.BelongsTo(current.OrganisationId))
        {
            return Problems.NotFound("The bid");
        }

        var (challenge, own) = await request.LoadWithOwnAsync<ChallengeDetails>(current.ChallengeId);
        return await BidWrites.ChangeAsync(request, id, challenge!.Id,
            bid => WithdrawBid.Decide(bid, new WithdrawBid(request.Actor, request.Now, own), challenge), _ => TypedResults.NoContent());
    }
}
