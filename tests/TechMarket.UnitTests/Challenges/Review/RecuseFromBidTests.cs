using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class RecuseFromBidTests
{
    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2).Closed().WithExperts(3);

    private Decision Recuse(string label = "A", int expert = 0) =>
        RecuseFromBid.Decide(_story.State, new RecuseFromBid(label, "  曾指导该团队成员  ", _story.Experts[expert], Given.Now));

    [Fact]
    public void An_assigned_expert_recuses_from_a_bid_it_knows_by_label()
    {
        var expert = _story.Experts[0];

        Recuse().ShouldEmitSingle<ExpertRecused>()
            .ShouldBe(new ExpertRecused(_story.Id, _story.BidId("A"), "A", expert.UserId, expert.Name, "曾指导该团队成员", Given.Now));
    }

    [Fact]
    public void The_recused_expert_s_scores_for_the_bid_no_longer_count_and_it_may_not_score_it_again()
    {
        _story.ScoredByAll("A", 9, 9, 9, 9).Scored("B", _story.Experts[0], 5, 5, 5, 5);

        var state = _story.Then(Recuse().ShouldEmitSingle<ExpertRecused>()).State;

        state.Scores.Keys.ShouldNotContain((_story.BidId("A"), _story.Experts[0].UserId));
        state.Scores.Keys.ShouldContain((_story.BidId("B"), _story.Experts[0].UserId));
        Ranking.Rank(state).Single(r => r.Commitment.Label == "A").Reviews.ShouldBe(2);
        _story.Details.Scores.Count(s => s.BidId == _story.BidId("A")).ShouldBe(2);
        ScoreBid.Decide(state, new ScoreBid("A", [.. state.Terms.Criteria.Select(c => new CriterionScore(c.Key, 9, null))], _story.Experts[0], Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "recused");
    }

    [Fact]
    public void A_recusal_is_declared_once()
    {
        _story.Then(Recuse().ShouldEmitSingle<ExpertRecused>());

        Recuse().ShouldBeRefused(ErrorKind.Conflict, "already-recused");
        Recuse("B").ShouldEmitSingle<ExpertRecused>();
    }

    [Fact]
    public void Only_an_assigned_expert_recuses_from_a_bid_that_took_part()
    {
        RecuseFromBid.Decide(_story.State, new RecuseFromBid("A", "关联", Actors.Expert(), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-assigned");
        Recuse("Z").ShouldBeRefused(ErrorKind.NotFound, "bid-not-found");
    }
}
