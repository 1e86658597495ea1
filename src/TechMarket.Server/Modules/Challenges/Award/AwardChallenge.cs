using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// 揭榜: the bureau awards the challenge on the ranking. Refused until every bid has enough complete reviews
/// and every bid that will not win has its feedback. A single winner gets the whole bounty; a horse race
/// (赛马制) funds its top N equally, the cent that does not divide going to rank 1.
/// </summary>
public sealed record AwardChallenge(int MinimumReviews, Actor Actor, DateTimeOffset Now)
{
    /// <param name="bids">The bids on the challenge, for the winners' organisations (identity stays out of the ranking).</param>
    public static Decision Decide(Challenge challenge, AwardChallenge command, IReadOnlyList<ChallengeBid> bids)
    {
        if (ChallengeRules.CoveringBureauOnly(challenge, command.Actor) is { } forbidden)
        {
            return forbidden;
        }

        if (challenge.Status is ChallengeStatus.BiddingClosed or ChallengeStatus.UnderReview && challenge.Commitments.Count == 0)
        {
            return DomainError.Conflict("no-bids", "No bid took part in this challenge, so there is nothing to award; fail or cancel it instead.");
        }

        if (ChallengeRules.RequireStatus(challenge, "be awarded", ChallengeStatus.UnderReview) is { } wrongStatus)
        {
            return wrongStatus;
        }

        // Whatever the caller asks, a bid is never ranked on no review at all.
        var required = Math.Max(command.MinimumReviews, 1);
        var ranking = Ranking.Rank(challenge);
        var underReviewed = ranking.Where(b => b.Reviews < required).OrderBy(b => b.Commitment.Label, StringComparer.Ordinal).ToList();
        if (underReviewed.Count > 0)
        {
            return DomainError.Conflict(
                "not-enough-reviews",
                $"Each bid needs at least {required} complete reviews before the award; not yet: "
                + string.Join(", ", underReviewed.Select(b => $"{b.Commitment.Label} ({b.Reviews})")) + ".");
        }

        var winners = WinnerCount(challenge);
        var withoutFeedback = ranking.Skip(winners).Select(b => b.Commitment)
            .Where(c => !challenge.FeedbackGiven.Contains(c.BidId)).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        if (withoutFeedback.Count > 0)
        {
            return DomainError.Conflict(
                "feedback-missing", $"Every bid that does not win needs feedback before the award; missing for: {ReviewRules.Labels(withoutFeedback)}.");
        }

        var funding = Split(challenge.Bounty, winners);
        var results = ranking.Select(b => new BidResult(
            b.Commitment.BidId,
            b.Commitment.Label,
            OrganisationOf(bids, b.Commitment.BidId),
            b.Rank,
            Ranking.ForDisplay(b.Score),
            b.Rank <= winners,
            b.Rank <= winners ? funding[b.Rank - 1] : 0m,
            b.Averages)).ToList();
        return Decision.Accept(new ChallengeAwarded(challenge.Id, results, command.Actor.UserId, command.Now));
    }

    /// <summary>One for 揭榜挂帅; N for a horse race, or every bid when fewer than N took part.</summary>
    public static int WinnerCount(Challenge challenge) => challenge.Terms.Mode == ChallengeMode.HorseRace
        ? Math.Min(Math.Max(challenge.Terms.WinnerCount, 1), challenge.Commitments.Count)
        : Math.Min(1, challenge.Commitments.Count);

    /// <summary>Equal shares rounded down to the cent; rank 1 takes the remainder so the shares add up to the bounty.</summary>
    public static IReadOnlyList<decimal> Split(decimal bounty, int winners)
    {
        if (winners <= 0)
        {
            return [];
        }

        var share = Math.Round(bounty / winners, 2, MidpointRounding.ToZero);
        return [bounty - (share * (winners - 1)), .. Enumerable.Repeat(share, winners - 1)];
    }

    private static Guid OrganisationOf(IReadOnlyList<ChallengeBid> bids, Guid bidId) =>
        bids.FirstOrDefault(b => b.BidId == bidId)?.OrganisationId
        ?? throw new InvalidOperationException($"Bid {bidId} has a published commitment but was not loaded for the award.");
}

public static class AwardChallengeEndpoint
{
    public static RouteGroupBuilder MapAwardChallenge(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/award", async (Guid id, IChallengeBids bids, IOptions<ChallengeOptions> options, [AsParameters] RequestContext request) =>
            {
                var onChallenge = await bids.OnAsync(request.Session, id, request.Cancellation);
                return await request.Execute<Challenge>(id, "The challenge",
                    c => AwardChallenge.Decide(c, new AwardChallenge(options.Value.MinimumReviews, request.Actor, request.Now), onChallenge));
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Award the challenge to the top bid, or the top N in a horse race (every other bid needs feedback first)");
        return challenges;
    }
}
