using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class ScoreBidTests
{
    private static readonly ScoreRequestValidator Validator = new();

    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2).Closed().WithExperts(2);

    private static List<CriterionScore> Scores(int technical = 8, int team = 7, int budget = 6, int schedule = 9) =>
    [
        new("technical", technical, null),
        new("team", team, null),
        new("budget", budget, null),
        new("schedule", schedule, null),
    ];

    private Decision Score(IReadOnlyList<CriterionScore> scores, string label = "A") =>
        ScoreBid.Decide(_story.State, new ScoreBid(label, scores, _story.Experts[0], Given.Now));

    [Fact]
    public void An_assigned_expert_scores_a_bid_on_every_criterion()
    {
        var scored = Score(Scores()).ShouldEmitSingle<BidScored>();

        scored.ShouldBe(new BidScored(_story.Id, _story.BidId("A"), _story.Experts[0].UserId, scored.Scores, Given.Now));
        scored.Scores.ShouldBe(Scores());
        _story.Then(scored).State.Scores[(_story.BidId("A"), _story.Experts[0].UserId)].ShouldBe(Scores());
    }

    [Fact]
    public void Scores_are_kept_in_the_challenge_s_criterion_order_with_comments_trimmed()
    {
        List<CriterionScore> sent = [new("schedule", 9, "  "), new("budget", 6, null), new("team", 7, "  Strong lab.  "), new("technical", 8, null)];

        Score(sent).ShouldEmitSingle<BidScored>().Scores.ShouldBe(
            [new("technical", 8, null), new("team", 7, "Strong lab."), new("budget", 6, null), new("schedule", 9, null)]);
    }

    [Fact]
    public void Scoring_the_same_bid_again_revises_the_earlier_scores()
    {
        _story.Then(Score(Scores(technical: 3)).ShouldEmitSingle<BidScored>());

        var revised = Score(Scores(technical: 9)).ShouldEmitSingle<BidScored>();

        var state = _story.Then(revised).State;
        state.Scores.Count.ShouldBe(1);
        state.Scores[(_story.BidId("A"), _story.Experts[0].UserId)][0].Score.ShouldBe(9);
    }

    [Fact]
    public void An_expert_not_assigned_to_the_challenge_may_not_score()
    {
        ScoreBid.Decide(_story.State, new ScoreBid("A", Scores(), Actors.Expert(), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-assigned");
        ScoreBid.Decide(_story.State, new ScoreBid("A", Scores(), Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-assigned");
    }

    [Fact]
    public void Scores_are_refused_once_the_challenge_is_awarded()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        ScoreBid.Decide(story.State, new ScoreBid("A", Scores(), story.Experts[0], Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldContain("awarded");
    }

    [Fact]
    public void The_expert_names_the_bid_by_its_label_and_the_score_lands_on_that_bid()
    {
        var scored = ScoreBid.Decide(_story.State, new ScoreBid("B", Scores(), _story.Experts[0], Given.Now)).ShouldEmitSingle<BidScored>();

        scored.BidId.ShouldBe(_story.BidId("B"));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("a")]
    [InlineData("")]
    public void A_label_no_bid_took_part_under_cannot_be_scored(string label) =>
        ScoreBid.Decide(_story.State, new ScoreBid(label, Scores(), _story.Experts[0], Given.Now))
            .ShouldBeRefused(ErrorKind.NotFound, "bid-not-found").Detail.ShouldBe("No bid with this label took part in the challenge.");

    [Fact]
    public void A_bid_id_is_not_a_label()
    {
        ScoreBid.Decide(_story.State, new ScoreBid(_story.BidId("A").ToString(), Scores(), _story.Experts[0], Given.Now))
            .ShouldBeRefused(ErrorKind.NotFound, "bid-not-found");
    }

    [Fact]
    public void A_missing_criterion_is_refused_naming_it()
    {
        var error = Score(Scores().Take(3).ToList()).ShouldBeRefused(ErrorKind.Invalid, "validation");

        error.FieldErrors.ShouldNotBeNull()["scores"].ShouldBe(["Missing a score for: schedule."]);
    }

    [Fact]
    public void A_criterion_the_challenge_does_not_have_is_refused()
    {
        var error = Score([.. Scores(), new("novelty", 5, null)]).ShouldBeRefused(ErrorKind.Invalid, "validation");

        error.FieldErrors.ShouldNotBeNull()["scores"].ShouldBe(["Not a criterion of this challenge: novelty."]);
    }

    [Fact]
    public void A_criterion_scored_twice_is_refused() =>
        Validator.ShouldBeInvalid(new ScoreRequest([.. Scores(), new("team", 5, null)]), "Scores")["Scores"].ShouldBe(["Scored more than once: team."]);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_score_outside_zero_to_ten_is_refused(int outOfRange) =>
        Validator.ShouldBeInvalid(new ScoreRequest(Scores(budget: outOfRange)), "Scores[2].Score")["Scores[2].Score"]
            .ShouldBe(["A score is a whole number from 0 to 10."]);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Zero_and_ten_are_valid_scores(int edge)
    {
        Validator.ShouldBeValid(new ScoreRequest(Scores(technical: edge, schedule: edge)));
        Score(Scores(technical: edge, schedule: edge)).ShouldEmitSingle<BidScored>();
    }

    [Fact]
    public void A_comment_may_have_a_thousand_characters_not_more()
    {
        var longest = Scores();
        longest[1] = longest[1] with { Comment = new string('好', 1000) };
        Validator.ShouldBeValid(new ScoreRequest(longest));
        Score(longest).ShouldEmitSingle<BidScored>();

        longest[1] = longest[1] with { Comment = new string('好', 1001) };
        Validator.ShouldBeInvalid(new ScoreRequest(longest), "Scores[1].Comment");
    }
}
