using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>揭榜申报: an eligible organisation submits its one sealed bid and gets the commitment as its receipt. The body
/// is a <see cref="BidRequest"/>; a withdrawn bid is submitted again under its own id. With <see cref="Joint"/> it is a
/// joint bid (联合答题) that the submitting organisation leads.</summary>
public sealed record SubmitBid(Guid BidId, Guid ChallengeId, BidContent Content, Actor Actor, string Salt, DateTimeOffset Now, JointRequest? Joint = null)
{
    public static readonly DomainError AlreadyBid =
        DomainError.Conflict("already-bid", "Your organisation already has a bid on this challenge; amend it instead.");

    /// <param name="members">The organisations a joint bid names, as far as they exist.</param>
    /// <param name="inAnotherBid">Whether the bidder's organisation already confirmed its part in another bid on the challenge.</param>
    public static Decision Decide(
        Bid? state, SubmitBid command, ChallengeDetails challenge, Organisation? organisation,
        IReadOnlyDictionary<Guid, Organisation>? members = null, bool inAnotherBid = false)
    {
        var refusal = BidRules.Eligible(challenge, organisation, command.Actor)
                      ?? BidRules.WindowOpen(challenge, command.Now)
                      ?? BidRules.WithinBounty(command.Content, challenge);
        if (refusal is not null)
        {
            return refusal;
        }

        if (state is { Status: BidStatus.Submitted })
        {
            return AlreadyBid;
        }

        if (inAnotherBid)
        {
            return JointBidRules.AlreadyInABid;
        }

        if (JointBidRules.Consortium(command.Joint, command.Content.Budget, organisation!.Id, challenge, members ?? new Dictionary<Guid, Organisation>(),
                out var named) is { } invalid)
        {
            return invalid;
        }

        var commitment = BidCommitment.Compute(command.ChallengeId, organisation.Id, command.Content, command.Salt, Consortium.Of(command.Joint, named));
        BidEvent submitted = new BidSubmitted(
            command.BidId, command.ChallengeId, organisation.Id, organisation.Name, command.Content, command.Salt, commitment, command.Actor.UserId, command.Now,
            BidCommitment.CurrentFormat);
        return JointBidRules.Naming(state, command.Joint, named, command.BidId, command.Actor.UserId, command.Now) is { } naming
            ? Decision.Accept(submitted, naming)
            : Decision.Accept(submitted);
    }
}

public static class SubmitBidEndpoint
{
    public static RouteGroupBuilder MapSubmitBid(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/bids", Handle)
            .RequireAuthorization(Policies.Bidder)
            .Validate<BidRequest>()
            .WithSummary("Submit your organisation's sealed bid; the answer is your receipt (commitment)");
        return challenges;
    }

    private static async Task<Results<Ok<BidReceipt>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, BidRequest body, [AsParameters] RequestContext request)
    {
        // The challenge, the bidder's organisation and its part in a bid on this challenge, if any, in one round trip.
        var (session, ct) = (request.Session, request.Cancellation);
        var organisationId = request.Actor.OrganisationId!.Value;
        var batch = session.CreateBatchQuery();
        var loadingChallenge = batch.Load<ChallengeDetails>(id);
        var loadingOrganisation = batch.Load<Organisation>(organisationId);
        var loadingPart = batch.Query<BidParticipant>().Where(p => p.ChallengeId == id && p.OrganisationId == organisationId).SingleOrDefault();
        var memberIds = body.Joint?.Members.Select(m => m.OrganisationId).Distinct().ToArray() ?? [];
        var loadingMembers = memberIds.Length == 0 ? Task.FromResult<IReadOnlyList<Organisation>>([]) : batch.LoadMany<Organisation>().ById(memberIds);
        await batch.Execute(ct);
        if (await loadingChallenge is not { } challenge)
        {
            return Problems.NotFound("The challenge");
        }

        if (BidRules.Content(body, challenge.Id, request.Actor, await BidAttachments.NamedByAsync(session, body, ct), out var content) is { } invalid)
        {
            return Problems.Refuse<Ok<BidReceipt>>(invalid);
        }

        var (organisation, part, members) = (await loadingOrganisation, await loadingPart, (await loadingMembers).ToDictionary(o => o.Id));
        Decision Decide(Bid? existing, Guid bidId) => BidWrites.ThroughGate(session, challenge.Id, SubmitBid.Decide(
            existing, new SubmitBid(bidId, challenge.Id, content, request.Actor, BidCommitment.NewSalt(), request.Now, body.Joint), challenge, organisation,
            members, part is not null && part.BidId != bidId));

        return await BidWrites.GuardedAsync(async () => part is { Leads: true }
            ? await request.Execute<Bid, Ok<BidReceipt>>(part.BidId, "The bid", existing => Decide(existing, part.BidId), d => BidReceipt.Of(d, challenge.Id),
                BidWrites.TrackParticipants(session))
            : await StartAsync(request, BidParticipant.NewBid(challenge.Id, organisationId), Decide, challenge.Id));
    }

    /// <summary>The bid stream starts in the same transaction as its lead's part; of two first submissions at once, the
    /// part's unique index lets one through and the other gets 409 — never two bids.</summary>
    private static async Task<Results<Ok<BidReceipt>, ValidationProblem, ProblemHttpResult>> StartAsync(
        RequestContext request, BidParticipant lead, Func<Bid?, Guid, Decision> decide, Guid challengeId)
    {
        var decision = decide(null, lead.BidId);
        if (decision.Error is { } error)
        {
            return Problems.Refuse<Ok<BidReceipt>>(error);
        }

        request.Session.Insert(lead);
        request.Session.Events.StartStream<Bid>(lead.BidId, [.. decision.Events]);
        try
        {
            await request.Session.SaveChangesAsync(request.Cancellation);
        }
        catch (Exception e) when (BidParticipant.IsTaken(e))
        {
            // A second first submission, or a confirmation of a part elsewhere, just now.
            return Problems.Refuse<Ok<BidReceipt>>(SubmitBid.AlreadyBid);
        }

        request.Http.Response.SetETag(decision.Events.Count);
        return BidReceipt.Of(decision, challengeId);
    }
}
