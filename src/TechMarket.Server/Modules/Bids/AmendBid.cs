using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bidder replaces its bid's content before the deadline and gets a new receipt (fresh salt). The body is
/// a <see cref="BidRequest"/>.</summary>
public sealed record AmendBid(BidContent Content, Actor Actor, string Salt, DateTimeOffset Now)
{
    public static Decision Decide(Bid bid, AmendBid command, ChallengeDetails challenge) =>
        BidRules.BidderOnly(bid, command.Actor)
        ?? BidRules.RequireSubmitted(bid, "amended")
        ?? BidRules.WindowOpen(challenge, command.Now)
        ?? BidRules.WithinBounty(command.Content, challenge)
        ?? Decision.Accept(new BidAmended(
            bid.Id, command.Content, command.Salt, BidCommitment.Compute(bid.ChallengeId, bid.OrganisationId, command.Content, command.Salt),
            command.Actor.UserId, command.Now));
}

public static class AmendBidEndpoint
{
    public static RouteGroupBuilder MapAmendBid(this RouteGroupBuilder bids)
    {
        bids.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Policies.Bidder)
            .Validate<BidRequest>()
            .WithSummary("Amend your bid before the deadline; the answer is the new receipt");
        return bids;
    }

    private static async Task<Results<Ok<BidReceipt>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, BidRequest body, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await session.LoadAsync<BidDetails>(id, ct) is not { } current || !request.Actor.BelongsTo(current.OrganisationId))
        {
            return Problems.NotFound("The bid");
        }

        var challenge = (await session.LoadAsync<ChallengeDetails>(current.ChallengeId, ct))!;
        if (BidRules.Content(body, challenge.Id, request.Actor, await BidAttachments.NamedByAsync(session, body, ct), out var content) is { } invalid)
        {
            return Problems.Refuse<Ok<BidReceipt>>(invalid);
        }

        return await BidWrites.GuardedAsync(() => request.Execute<Bid, Ok<BidReceipt>>(id, "The bid",
            bid => BidWrites.ThroughGate(session, challenge.Id,
                AmendBid.Decide(bid, new AmendBid(content, request.Actor, BidCommitment.NewSalt(), request.Now), challenge)),
            decision => BidReceipt.Of(decision, challenge.Id)));
    }
}
