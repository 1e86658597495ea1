using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

/// <summary>公示: the proposed award is public for a number of days; bidders may object; the bureau answers each before
/// the award is final.</summary>
public class PublicityTests
{
    private static readonly Guid ObjectionId = Guid.CreateVersion7();
    private static readonly DateTimeOffset During = ChallengeStory.PublicityStarts.AddDays(2);
    private static readonly Actor Bureau = Actors.Bureau(Given.District);

    private static ChallengeStory Proposed() => Given.AChallenge().WithBids(2).Closed().InPublicity();

    private static Decision Finalise(ChallengeStory story, DateTimeOffset? now = null) =>
        FinaliseAward.Decide(story.State, new FinaliseAward(Bureau, now ?? Given.Now));

    private static Decision Object(ChallengeStory story, Actor bidder, DateTimeOffset? now = null) =>
        LodgeObjection.Decide(story.State, new LodgeObjection(ObjectionId, "  B方案的中试数据未被评审采信  ", bidder, now ?? During, Own: Given.ApprovedOf(bidder)));

    private static Decision Answer(ChallengeStory story, bool upheld, Guid? objection = null, Actor? officer = null) =>
        AnswerObjection.Decide(story.State, new AnswerObjection(objection ?? ObjectionId, upheld, " 经复核，评分无误 ", officer ?? Bureau, During.AddDays(1)));

    [Fact]
    public void The_proposal_is_public_with_the_winners_names_and_scores_until_its_publicity_ends()
    {
        var story = Proposed();

        var proposed = story.Events.OfType<AwardProposed>().Single();
        proposed.PublicityEndsAt.ShouldBe(ChallengeStory.PublicityStarts.AddDays(ChallengeOptions.DefaultPublicityDays));
        var view = ChallengeVisibility.ToView(story.Details, Actors.University(Guid.CreateVersion7()), 2, new Dictionary<Guid, string> { [story.Bid("A").OrganisationId] = "宁波大学A" }, During);
        (view.Status, view.PublicityEndsAt).ShouldBe((ChallengeStatus.InPublicity, proposed.PublicityEndsAt));
        view.Winners.ShouldHaveSingleItem().ShouldBe(new WinnerView("A", story.Bid("A").OrganisationId, "宁波大学A", 1, 100m, 1_000_000m));
        Finalise(story, proposed.PublicityEndsAt.AddTicks(-1)).ShouldBeRefused(ErrorKind.Conflict, "publicity-running");
    }

    [Fact]
    public void After_the_publicity_without_objections_the_award_becomes_final_as_proposed()
    {
        var story = Proposed();

        var awarded = Finalise(story).ShouldEmitSingle<ChallengeAwarded>();

        awarded.Results.ShouldBe(story.State.Results);
        story.Then(awarded).State.Status.ShouldBe(ChallengeStatus.Awarded);
    }

    [Fact]
    public void A_bidder_objects_with_a_reason_that_only_it_and_the_bureau_read()
    {
        var story = Proposed();
        var loser = Actors.University(story.Bid("B").OrganisationId);

        var lodged = Object(story, loser).ShouldEmitSingle<ObjectionLodged>();

        lodged.ShouldBe(new ObjectionLodged(story.Id, ObjectionId, story.Bid("B").OrganisationId, "B方案的中试数据未被评审采信", loser.UserId, During));
        story.Then(lodged).Details.Objections.ShouldHaveSingleItem().ShouldBe(new Objection(ObjectionId, story.Bid("B").OrganisationId, "B方案的中试数据未被评审采信", During));
        Finalise(story).ShouldBeRefused(ErrorKind.Conflict, "objections-pending");
    }

    [Fact]
    public void Only_a_bidder_objects_and_only_during_the_publicity()
    {
        var story = Proposed();
        var loser = Actors.University(story.Bid("B").OrganisationId);

        Object(story, Actors.University(Guid.CreateVersion7())).ShouldBeRefused(ErrorKind.Forbidden, "not-a-bidder");
        Object(story, Actors.Enterprise(story.Funding[0].EnterpriseId)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-bidder");
        Object(story, loser, story.State.PublicityEndsAt).ShouldBeRefused(ErrorKind.Conflict, "publicity-over");
        Object(Given.AChallenge().WithBids(2).Closed().Awarded(), loser).ShouldBeRefused(ErrorKind.Forbidden, "not-a-bidder");
    }

    [Fact]
    public void A_dismissed_objection_records_the_reason_and_lets_the_award_become_final()
    {
        var story = Proposed().Objected("B", ObjectionId);

        var answered = Answer(story, upheld: false).ShouldEmitSingle<ObjectionAnswered>();

        answered.ShouldBe(new ObjectionAnswered(story.Id, ObjectionId, false, "经复核，评分无误", Bureau.UserId, During.AddDays(1)));
        story.Then(answered).Details.Objections.Single().ShouldBe(
            new Objection(ObjectionId, story.Bid("B").OrganisationId, "评分存在明显错误", ChallengeStory.PublicityStarts.AddDays(1), false, "经复核，评分无误", During.AddDays(1)));
        story.State.Status.ShouldBe(ChallengeStatus.InPublicity);
        Finalise(story).ShouldEmitSingle<ChallengeAwarded>();
    }

    [Fact]
    public void An_upheld_objection_sends_the_challenge_back_to_review_and_a_new_proposal_gets_a_new_publicity()
    {
        var story = Proposed().Objected("B", ObjectionId);

        var answered = Answer(story, upheld: true).ShouldEmitSingle<ObjectionAnswered>();

        var state = story.Then(answered).State;
        (state.Status, state.Results.Count, state.PublicityEndsAt).ShouldBe((ChallengeStatus.UnderReview, 0, null));
        (story.Details.Status, story.Details.Results.Count, story.Details.PublicityEndsAt).ShouldBe((ChallengeStatus.UnderReview, 0, null));
        var again = AwardChallenge.Decide(state, new AwardChallenge(3, 5, Bureau, Given.Now), story.Bids).ShouldEmitSingle<AwardProposed>();
        again.PublicityEndsAt.ShouldBe(Given.Now.AddDays(5));
    }

    [Fact]
    public void Each_objection_is_answered_once_by_the_bureau_of_the_challenge()
    {
        var story = Proposed().Objected("B", ObjectionId);

        Answer(story, upheld: false, officer: Actors.Bureau(Given.OtherDistrict)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        Answer(story, upheld: false, objection: Guid.CreateVersion7()).ShouldBeRefused(ErrorKind.NotFound, "no-such-objection");
        story.Then(Answer(story, upheld: false).ShouldEmitSingle<ObjectionAnswered>());
        Answer(story, upheld: true).ShouldBeRefused(ErrorKind.Conflict, "already-answered");
    }

    [Fact]
    public void Only_an_award_in_publicity_is_made_final()
    {
        Finalise(Given.AChallengeIn(ChallengeStatus.UnderReview)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        Finalise(Given.AChallengeIn(ChallengeStatus.Awarded)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        Finalise(Proposed(), now: Given.Now).ShouldEmitSingle<ChallengeAwarded>();
        FinaliseAward.Decide(Proposed().State, new FinaliseAward(Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }
}
