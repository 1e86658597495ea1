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

    private static readonly IReadOnlyDictionary<Guid, IReadOnlyList<ContractPartner>> NoPartners = new Dictionary<Guid, IReadOnlyList<ContractPartner>>();

    /// <summary>The alternates' pool profiles as the endpoint loads them: approved, no organisation, no conflict.</summary>
    private IReadOnlyList<ExpertProfile> Profiles => [Profile(_first), Profile(_second)];

    private static ExpertProfile Profile(PoolExpert expert, Guid? organisation = null, params Guid[] declared) =>
        new(expert.ExpertId, expert.Name, organisation, ["0101"], declared);

    private Decision Decline(int expert = 0, IReadOnlyList<ExpertProfile>? profiles = null) =>
        DeclineReview.Decide(
            _story.State, new DeclineReview("  出差无法参加评审  ", _story.Experts[expert], Given.Now), profiles ?? Profiles, _story.Bids, NoPartners);

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
        DeclineReview.Decide(_story.State, new DeclineReview("无暇", Actors.Expert(), Given.Now), Profiles, _story.Bids, NoPartners).ShouldBeRefused(ErrorKind.Forbidden, "not-assigned");

        var awarded = Given.AChallenge().WithBids(1).Closed().Awarded();
        DeclineReview.Decide(awarded.State, new DeclineReview("无暇", awarded.Experts[0], Given.Now), [], awarded.Bids, NoPartners).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void An_alternate_with_a_conflict_now_is_passed_over_for_the_next()
    {
        WithAlternates(_first, _second);
        // Since the draw, the first alternate declared a conflict with bidder A.
        var conflicted = Profile(_first, null, _story.Bid("A").OrganisationId);

        var decision = Decline(profiles: [conflicted, Profile(_second)]);

        decision.Events.OfType<ExpertDeclined>().Single().Replacement.ShouldBe(_second);
        decision.Events.OfType<ExpertAssigned>().Single().ExpertId.ShouldBe(_second.ExpertId);
    }

    [Fact]
    public void No_replacement_when_every_alternate_left_has_a_conflict() =>
        Decline(profiles: [Profile(_first, _story.Bid("B").OrganisationId)]).ShouldEmitSingle<ExpertDeclined>().Replacement.ShouldBeNull();

    [Fact]
    public void An_expert_who_declined_is_never_drawn_again_for_the_challenge()
    {
        var expert = _story.Experts[0];
        _story.Then(Decline().ShouldEmitSingle<ExpertDeclined>());
        var pool = new[] { new ExpertProfile(expert.UserId, expert.Name, null, [_story.State.Terms.Field], []) };

        DrawExperts.Decide(_story.State, new DrawExperts(1, 0, "seed", Actors.Bureau(Given.District), Given.Now), pool, _story.Bids, NoPartners)
            .ShouldBeRefused(ErrorKind.Conflict, "pool-too-small");
        _story.State.Declined.ShouldBe([expert.UserId]);
    }
}
