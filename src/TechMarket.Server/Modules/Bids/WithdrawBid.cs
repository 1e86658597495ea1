using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bidder takes its bid back before the deadline; it may submit again while bidding is open.</summary>
public static class WithdrawBid
{
    public static Decision Decide(Bid bid, ChallengeDetails challenge, Actor actor, DateTimeOffset now) =>
        BidRules.BidderOnly(bid, actor)
        ?? BidRules.RequireSubmitted(bid, "withdrawn")
        ?? BidRules.WindowOpen(challenge, now)
        ?? Decision.Accept(new BidWithdrawn(bid.Id, actor.UserId, now));

    public static RouteGroupBuilder MapWithdrawBid(this RouteGroupBuilder bids)
    {
        bids.MapPost("/{id:guid}/withdraw", async Task<IResult> (
                Guid id, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<BidDetails>(id, ct) is not { } current || !actor.BelongsTo(current.OrganisationId))
                {
                    return Problems.NotFound("The bid");
                }

                var challenge = (await session.LoadAsync<ChallengeDetails>(current.ChallengeId, ct))!;
                return await BidWrites.GuardedAsync(() => session.Execute<Bid>(http, id, "The bid",
                    bid => BidWrites.ThroughGate(session, challenge.Id, Decide(bid, challenge, actor, clock.GetUtcNow())), ct));
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Withdraw your bid before the deadline");
        return bids;
    }
}
