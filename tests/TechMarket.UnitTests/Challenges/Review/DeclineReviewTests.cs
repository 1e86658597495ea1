using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class DeclineReviewTests
{
    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2).Closed().WithExperts(2);

    private readonly PoolExpert _first = new(Guid.CreateVersion7(), "候补一");

    private readonly PoolExpert _second = new(Guid.CreateVersion7(), "候补二");

    private ChallengeStory WithAlternates(params PoolExpert[] alternates) =>
        _story.Then(new ExpertsDrawn(_story.Id, "seed", [], alternates, [], Guid.CreateVersion7(), Given.Now.AddDays(-9)));

    private Decision Decline(int expert = 0) =>
        DeclineReview.Decide(_story.State, new DeclineReview("  出差无法参加评审  ", _story.Experts[expert], Given.Now));

    [Fact]
    public void An_expert_who_declines_is_replaced_by_the_first_alternate_left()
    {
        WithAlternates(_first, _second);
        var expert = _story.Experts[0];

        var decision = Decline();

        decision.Events.ShouldBe([
            new ExpertDeclined(_story.Id, expert.UserId, expert.Name, "出差无法参加评审", _first, Given.Now),
            new ExpertAssigned(_story.Id, _first.ExpertId, "候补一", expert.UserId, Given.Now),
        ]);
        var state = decision.Events.Aggregate(_story, (story, e) => story.Then(e)).State;
        state.Experts.ShouldNotContain(expert.UserId);
        state.Experts.ShouldContain(_first.ExpertId);
        state.Alternates.ShouldBe([_second]);
    }

    [Fact]
    public void Without_an_alternate_left_the_expert_just_leaves_the_panel()
    {
        var declined = Decline().ShouldEmitSingle<ExpertDeclined>();

        declined.Replacement.ShouldBeNull();
        _story.Then(declined).State.Experts.Count.ShouldBe(1);
    }

    [Fact]
    public void An_expert_who_scored_may_not_decline()
    {
        _story.Scored("A", _story.Experts[0], 8, 8, 8, 8);

        Decline().ShouldBeRefused(ErrorKind.Conflict, "already-scored");
    }

    [Fact]
    public void Only_an_assigned_expert_declines_and_only_during_review()
    {
        DeclineReview.Decide(_story.State, new DeclineReview("无暇", Actors.Expert(), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-assigned");

        var awarded = Given.AChallenge().WithBids(1).Closed().Awarded();
        DeclineReview.Decide(awarded.State, new DeclineReview("无暇", awarded.Experts[0], Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
