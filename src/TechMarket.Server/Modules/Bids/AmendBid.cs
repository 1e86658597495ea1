using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bidder replaces its bid's content before the deadline and gets a new receipt (fresh salt).</summary>
public static class AmendBid
{
    public static Decision Decide(Bid bid, ChallengeDetails challenge, BidContent content, Actor actor, string salt, DateTimeOffset now) =>
        BidRules.BidderOnly(bid, actor)
        ?? BidRules.RequireSubmitted(bid, "amended")
        ?? BidRules.WindowOpen(challenge, now)
        ?? BidRules.WithinBounty(content, challenge)
        ?? Decision.Accept(new BidAmended(bid.Id, content, salt, BidCommitment.Compute(bid.ChallengeId, bid.OrganisationId, content, salt), actor.UserId, now));

    public static RouteGroupBuilder MapAmendBid(this RouteGroupBuilder bids)
    {
        bids.MapPut("/{id:guid}", async Task<IResult> (
                Guid id, BidRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<BidDetails>(id, ct) is not { } current || !actor.BelongsTo(current.OrganisationId))
                {
                    return Problems.NotFound("The bid");
                }

                var challenge = (await session.LoadAsync<ChallengeDetails>(current.ChallengeId, ct))!;
                var content = await BidContents.ResolveAsync(session, request, challenge.Id, actor, ct);
                if (content.Error is { } invalid)
                {
                    return Problems.From(invalid);
                }

                return await BidWrites.GuardedAsync(() => session.Execute<Bid>(http, id, "The bid",
                    bid => BidWrites.ThroughGate(session, challenge.Id, Decide(bid, challenge, content.Value!, actor, BidCommitment.NewSalt(), clock.GetUtcNow()), content.Value),
                    ct,
                    decision => decision.Events.OfType<BidAmended>().Select(e => TypedResults.Ok(new BidReceipt(e.BidId, current.ChallengeId, e.Commitment, e.At))).Single()));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<BidRequest>()
            .WithSummary("Amend your bid before the deadline; the answer is the new receipt");
        return bids;
    }
}
