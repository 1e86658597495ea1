using System.Globalization;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// 揭榜, first step: the bureau proposes the award on the ranking and it goes into publicity (公示) for
/// <see cref="PublicityDays"/> days; <see cref="FinaliseAward"/> makes it final. Refused until every bid has enough complete reviews
/// and every bid that will not win has its feedback. Only bids at or above the pass mark win: the top one, or the
/// top N of a horse race (赛马制). Each winner is funded what its bid asked for, never more than a winner's share
/// (<see cref="FundingLimits.PerWinnerCap"/>); what the winners do not take stays with the funders and is shown.
/// </summary>
public sealed record AwardChallenge(int MinimumReviews, int PublicityDays, Actor Actor, DateTimeOffset Now)
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
            return DomainError.Conflict("no-bids", "No bid took part in this challenge, so there is nothing to award; re-publish it or close it as 流榜.");
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

        var passMark = challenge.Terms.PassMark;
        if (!ranking.Any(b => b.Score >= passMark))
        {
            return DomainError.Conflict("pass-mark-not-reached", string.Create(CultureInfo.InvariantCulture,
                $"No bid reached the pass mark of {passMark:0.##}; re-publish the challenge with a later deadline, or close it as 流榜."));
        }

        var winners = Math.Min(WinnerCount(challenge), ranking.Count(b => b.Score >= passMark));
        var withoutFeedback = ranking.Skip(winners).Select(b => b.Commitment)
            .Where(c => !challenge.FeedbackGiven.Contains(c.BidId)).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        if (withoutFeedback.Count > 0)
        {
            return DomainError.Conflict(
                "feedback-missing", $"Every bid that does not win needs feedback before the award; missing for: {ReviewRules.Labels(withoutFeedback)}.");
        }

        var cap = FundingLimits.PerWinnerCap(challenge.Bounty, challenge.Terms);
        var results = ranking.Select(b =>
        {
            var bid = BidOf(bids, b.Commitment.BidId);
            var won = b.Rank <= winners;
            var funding = won ? Math.Min(bid.Budget, cap) : 0m;
            return new BidResult(
                bid.BidId, b.Commitment.Label, bid.OrganisationId, b.Rank, Ranking.ForDisplay(b.Score), won, funding, b.Averages,
                won ? JointShares.OfFunding(bid, funding) : null);
        }).ToList();
        var publicityEnds = command.Now.AddDays(Math.Max(command.PublicityDays, 0));
        return Decision.Accept(new AwardProposed(challenge.Id, results, publicityEnds, command.Actor.UserId, command.Now));
    }

    /// <summary>One for 揭榜挂帅; N for a horse race, or every bid when fewer than N took part.</summary>
    public static int WinnerCount(Challenge challenge) => challenge.Terms.Mode == ChallengeMode.HorseRace
        ? Math.Min(Math.Max(challenge.Terms.WinnerCount, 1), challenge.Commitments.Count)
        : Math.Min(1, challenge.Commitments.Count);

    private static ChallengeBid BidOf(IReadOnlyList<ChallengeBid> bids, Guid bidId) =>
        bids.FirstOrDefault(b => b.BidId == bidId)
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
                    c => AwardChallenge.Decide(
                        c, new AwardChallenge(options.Value.MinimumReviews, options.Value.PublicityDays, request.Actor, request.Now), onChallenge));
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Propose the award to the top bid, or the top N in a horse race, and start its publicity (公示); every other bid needs feedback first");
        return challenges;
    }
}
