using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Sealed bids: before the deadline only the bidder reads its bid — the bureau and everyone else get the
/// count on the board. After close the bureau reads them all and assigned experts read them blind.</summary>
public static class BidQueries
{
    public static RouteGroupBuilder MapBidQueries(this RouteGroupBuilder bids)
    {
        bids.MapGet("/mine", Mine).RequireAuthorization(Policies.Bidder)
            .WithSummary("Your organisation's bids — those it leads and the joint bids that name it — with results after the award, last changed first, a page at a time");
        bids.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.User).WithSummary("One bid, as far as you may read it");
        return bids;
    }

    public static RouteGroupBuilder MapChallengeBids(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/bids", ForChallenge).RequireAuthorization(Policies.User)
            .WithSummary("The bids of a closed challenge: in full for the bureau, blind for its reviewers");
        return challenges;
    }

    /// <summary>How a reader may see a bid: in full, blind, or not at all.</summary>
    public static object? Visible(BidDetails bid, ChallengeDetails challenge, Actor actor)
    {
        // The lead and the members of a joint bid read it in full: they bid together.
        if (actor.BelongsTo(bid.OrganisationId) || (actor.OrganisationId is { } organisation && bid.MemberIds.Contains(organisation)))
        {
            return BidViewing.ToView(bid, challenge);
        }

        // Revealed once bidding closed (and stays so, even if the challenge is cancelled later), and only bids that took part.
        if (challenge.ClosedAt is null || BidViewing.LabelOf(challenge, bid.Id) is null)
        {
            return null;
        }

        if (ChallengeVisibility.IsBureauOf(challenge, actor))
        {
            return BidViewing.ToView(bid, challenge);
        }

        return actor.IsIn(Roles.Expert) && challenge.Experts.Contains(actor.UserId) ? BidViewing.ToBlind(bid, challenge) : null;
    }

    /// <summary>A page of the organisation's bids (<see cref="MyBids"/>), each with its challenge's title, status and
    /// result: only the page's challenges are loaded.</summary>
    private static async Task<Results<Ok<Paged<MyBid>>, ValidationProblem>> Mine(
        Actor actor, IQuerySession session, BidStatus? status, Guid? challengeId, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var organisation = actor.OrganisationId!.Value;
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var (bids, total) = await MyBids.PageAsync(session, organisation, new MyBidsFilter(status, challengeId), number, size, ct);
        var challenges = bids.Count == 0
            ? new Dictionary<Guid, ChallengeDetails>()
            : (await session.LoadManyAsync<ChallengeDetails>(ct, bids.Select(b => b.ChallengeId).Distinct().ToArray())).ToDictionary(c => c.Id);
        return TypedResults.Ok(new Paged<MyBid>([.. bids.Select(b => BidViewing.ToMine(b, challenges[b.ChallengeId], organisation))], total, number, size));
    }

    /// <summary>
    /// One statement whether the bid exists or not (the bid with its challenge joined in), then the same decision and
    /// the same 404 for "no such bid" and "not yours to read": neither the answer nor its timing tells a caller that
    /// a bid id is real. Only the bidder, who writes the bid, gets its version as ETag.
    /// </summary>
    private static async Task<Results<Ok<BidView>, Ok<BlindBidView>, ProblemHttpResult>> Get(
        Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        ChallengeDetails? challenge = null;
        var bid = await session.Query<BidDetails>().Include<ChallengeDetails>(b => b.ChallengeId, c => challenge = c)
            .Where(b => b.Id == id).SingleOrDefaultAsync(ct);
        var visible = bid is null || challenge is null ? null : Visible(bid, challenge, actor);
        if (visible is null)
        {
            return Problems.NotFound("The bid");
        }

        if (actor.BelongsTo(bid!.OrganisationId))
        {
            http.Response.SetETag(bid.Version);
        }

        return visible is BidView full ? TypedResults.Ok(full) : TypedResults.Ok((BlindBidView)visible);
    }

    /// <summary>All in full for the bureau, all blind for a reviewer: one reader never gets both.</summary>
    private static async Task<Results<Ok<List<BidView>>, Ok<List<BlindBidView>>, ProblemHttpResult>> ForChallenge(
        Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        if (challenge.ClosedAt is null)
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "sealed", "Bids are sealed",
                "Bids stay sealed until bidding closes; the board shows how many there are.");
        }

        var reviewer = actor.IsIn(Roles.Expert) && challenge.Experts.Contains(actor.UserId);
        var bureau = ChallengeVisibility.IsBureauOf(challenge, actor);
        if (!bureau && !reviewer)
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Forbidden", "Only the bureau and the assigned reviewers read the bids.");
        }

        var ids = challenge.Commitments.Select(c => c.BidId).ToArray();
        var bids = ids.Length == 0 ? [] : await session.LoadManyAsync<BidDetails>(ct, ids);
        var ordered = bids.OrderBy(b => BidViewing.LabelOf(challenge, b.Id)!.Length).ThenBy(b => BidViewing.LabelOf(challenge, b.Id), StringComparer.Ordinal);
        return bureau
            ? TypedResults.Ok(ordered.Select(b => BidViewing.ToView(b, challenge)).ToList())
            : TypedResults.Ok(ordered.Select(b => BidViewing.ToBlind(b, challenge)).ToList());
    }
}
