using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>揭榜申报: an eligible organisation submits its one sealed bid and gets the commitment as its receipt.</summary>
public static class SubmitBid
{
    private static readonly DomainError AlreadyBid =
        DomainError.Conflict("already-bid", "Your organisation already has a bid on this challenge; amend it instead.");

    public static Decision Decide(
        Bid? existing, Guid bidId, ChallengeDetails challenge, Organisation? organisation, BidContent content, Actor actor, string salt, DateTimeOffset now)
    {
        var refusal = Eligible(challenge, organisation, actor) ?? BidRules.WindowOpen(challenge, now) ?? BidRules.WithinBounty(content, challenge);
        if (refusal is not null)
        {
            return refusal;
        }

        if (existing is { Status: BidStatus.Submitted })
        {
            return AlreadyBid;
        }

        var commitment = BidCommitment.Compute(challenge.Id, organisation!.Id, content, salt);
        return Decision.Accept(new BidSubmitted(bidId, challenge.Id, organisation.Id, organisation.Name, content, salt, commitment, actor.UserId, now));
    }

    internal static DomainError? Eligible(ChallengeDetails challenge, Organisation? organisation, Actor actor)
    {
        if (organisation is null || !actor.BelongsTo(organisation.Id) || !organisation.IsApproved)
        {
            return DomainError.Forbidden("not-eligible", "Only users of an approved organisation can bid.");
        }

        if (!challenge.Terms.Eligibility.Kinds.Contains(organisation.Kind))
        {
            return DomainError.Forbidden("not-eligible", "Organisations of your kind are not eligible for this challenge.");
        }

        if (challenge.Terms.Eligibility.Districts.Count > 0 && !challenge.Terms.Eligibility.Districts.Contains(organisation.District))
        {
            return DomainError.Forbidden("not-eligible", "This challenge is open to organisations of other districts only.");
        }

        return challenge.FunderIds.Contains(organisation.Id)
            ? DomainError.Forbidden("not-eligible", "An enterprise cannot bid on a challenge it funds.")
            : null;
    }

    public static RouteGroupBuilder MapSubmitBid(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/bids", async Task<IResult> (
                Guid id, BidRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                // The challenge, the bidder's organisation and its slot on this challenge in one round trip.
                var organisationId = actor.OrganisationId!.Value;
                var batch = session.CreateBatchQuery();
                var loadingChallenge = batch.Load<ChallengeDetails>(id);
                var loadingOrganisation = batch.Load<Organisation>(organisationId);
                var loadingSlot = batch.Query<BidSlot>().Where(s => s.ChallengeId == id && s.OrganisationId == organisationId).SingleOrDefault();
                await batch.Execute(ct);
                if (await loadingChallenge is not { } challenge)
                {
                    return Problems.NotFound("The challenge");
                }

                var content = await BidContents.ResolveAsync(session, request, challenge.Id, actor, ct);
                if (content.Error is { } invalid)
                {
                    return Problems.From(invalid);
                }

                var organisation = await loadingOrganisation;
                Decision DecideNow(Bid? existing, Guid bidId) => BidWrites.ThroughGate(session, challenge.Id,
                    Decide(existing, bidId, challenge, organisation, content.Value!, actor, BidCommitment.NewSalt(), clock.GetUtcNow()), content.Value);

                // A withdrawn bid is submitted again under its own id; a first bid takes the organisation's slot.
                return await BidWrites.GuardedAsync(async () => await loadingSlot is { } slot
                    ? await session.Execute<Bid>(http, slot.Id, "The bid", existing => DecideNow(existing, slot.Id), ct, Receipt)
                    : await StartAsync(session, http, BidSlot.New(challenge.Id, organisationId), DecideNow, ct));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<BidRequest>()
            .WithSummary("Submit your organisation's sealed bid; the answer is your receipt (commitment)");
        return challenges;
    }

    /// <summary>The bid stream starts in the same transaction as the slot; of two first submissions at once, the
    /// slot's unique index lets one through and the other gets 409 — never two bids.</summary>
    private static async Task<IResult> StartAsync(
        IDocumentSession session, HttpContext http, BidSlot slot, Func<Bid?, Guid, Decision> decide, CancellationToken ct)
    {
        var decision = decide(null, slot.Id);
        if (decision.Error is { } error)
        {
            return Problems.From(error);
        }

        session.Insert(slot);
        session.Events.StartStream<Bid>(slot.Id, [.. decision.Events]);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (BidSlot.IsTaken(e))
        {
            return Problems.From(AlreadyBid);
        }

        http.Response.SetETag(decision.Events.Count);
        return Receipt(decision);
    }

    private static IResult Receipt(Decision decision) =>
        decision.Events.OfType<BidSubmitted>().Select(e => TypedResults.Ok(new BidReceipt(e.BidId, e.ChallengeId, e.Commitment, e.At))).Single();
}

/// <summary>The receipt a bidder keeps: the commitment of what it just submitted or amended.</summary>
public sealed record BidReceipt(Guid BidId, Guid ChallengeId, string Commitment, DateTimeOffset At);
