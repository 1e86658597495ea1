using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bidder replaces its bid's content before the deadline and gets a new receipt (fresh salt). The body is
/// a <see cref="BidRequest"/>; a joint bid's lead may rename its members (those named again on the same terms keep
/// their answer) or, without <see cref="Joint"/>, make the bid a solo one.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record AmendBid(BidContent Content, Actor Actor, string Salt, DateTimeOffset Now, JointRequest? Joint = null, Organisation? Own = null)
{
    /// <param name="members">The organisations a joint bid names, as far as they exist.</param>
    public static Decision Decide(Bid bid, AmendBid command, ChallengeDetails challenge, IReadOnlyDictionary<Guid, Organisation>? members = null)
    {
        var refusal = ActingOrganisation.Refusal(command.Actor, command.Own)
                      ?? BidRules.BidderOnly(bid, command.Actor)
                      ?? BidRules.RequireSubmitted(bid, "amended")
                      ?? BidRules.WindowOpen(challenge, command.Now)
                      ?? BidRules.WithinBounty(command.Content, challenge);
        if (refusal is not null)
        {
            return refusal;
        }

        if (JointBidRules.Consortium(
                command.Joint, command.Content.Budget, bid.OrganisationId, challenge, members ?? new Dictionary<Guid, Organisation>(), out var named) is { } invalid)
        {
            return invalid;
        }

        var commitment = BidCommitment.Compute(bid.ChallengeId, bid.OrganisationId, command.Content, command.Salt, Consortium.Of(command.Joint, named));
        var amended = new BidAmended(bid.Id, command.Content, command.Salt, commitment, command.Actor.UserId, command.Now, BidCommitment.CurrentFormat);
        return JointBidRules.Naming(bid, command.Joint, named, bid.Id, command.Actor.UserId, command.Now) is { } naming
            ? Decision.Accept(amended, naming)
            : Decision.Accept(amended);
    }
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

        // The members a joint bid names and the bidder's own organisation, in one read.
        var read = (await session.LoadManyAsync<Organisation>(ct, [.. body.Joint?.Members.Select(m => m.OrganisationId).Append(current.OrganisationId).Distinct() ?? [current.OrganisationId]]))
            .ToDictionary(o => o.Id);
        var own = read.GetValueOrDefault(current.OrganisationId);
        var members = read.Where(o => body.Joint?.Members.Any(m => m.OrganisationId == o.Key) == true).ToDictionary();
        return await BidWrites.ChangeAsync(request, id, challenge.Id,
            bid => AmendBid.Decide(bid, new AmendBid(content, request.Actor, BidCommitment.NewSalt(), request.Now, body.Joint, own), challenge, members),
            decision => BidReceipt.Of(decision, challenge.Id));
    }
}
