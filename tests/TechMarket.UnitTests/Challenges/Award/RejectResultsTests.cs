using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

/// <summary>市场判题 can say no: a rejection with a reason goes to the bureau, which resumes (new date) or fails.</summary>
public class RejectResultsTests
{
    private static ChallengeStory Rejected(out Guid enterprise)
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");
        enterprise = story.Funding[0].EnterpriseId;
        story.Then(RejectResults.Decide(story.State, new RejectResults("样机未达到合同约定的良率。", Actors.Enterprise(enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(enterprise))))
            .ShouldEmitSingle<ResultsRejected>());
        return story;
    }

    [Fact]
    public void A_funder_rejects_the_results_with_a_reason_and_the_challenge_waits_for_the_bureau()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");
        var user = Actors.Enterprise(story.Funding[0].EnterpriseId);

        var rejected = RejectResults.Decide(story.State, new RejectResults("  样机未达到合同约定的良率。 ", user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<ResultsRejected>();

        rejected.ShouldBe(new ResultsRejected(story.Id, story.Funding[0].EnterpriseId, "样机未达到合同约定的良率。", user.UserId, Given.Now));
        story.Then(rejected).State.Status.ShouldBe(ChallengeStatus.ResultsRejected);
        var verdict = story.Details.Verdicts.ShouldHaveSingleItem();
        (verdict.Accepted, verdict.Reason).ShouldBe((false, "样机未达到合同约定的良率。"));
    }

    [Fact]
    public void Only_a_funder_rejects_and_not_after_it_accepted()
    {
        var story = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(1).Closed().Awarded().Delivered("A");
        RejectResults.Decide(story.State, new RejectResults("不行。", Actors.University(story.Bid("A").OrganisationId), Given.Now, Own: Given.ApprovedOf(Actors.University(story.Bid("A").OrganisationId))))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-funder");
        var first = Actors.Enterprise(story.Funding[0].EnterpriseId);
        story.Then(AcceptResults.Decide(story.State, new AcceptResults(null, [], null, first, Given.Now, Own: Given.ApprovedOf(first))).ShouldEmitSingle<ResultsAccepted>());

        RejectResults.Decide(story.State, new RejectResults("改主意了。", first, Given.Now, Own: Given.ApprovedOf(first))).ShouldBeRefused(ErrorKind.Conflict, "already-accepted");
        RejectResults.Decide(story.State, new RejectResults("指标未达成。", Actors.Enterprise(story.Funding[1].EnterpriseId), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(story.Funding[1].EnterpriseId))))
            .ShouldEmitSingle<ResultsRejected>();
    }

    [Fact]
    public void A_rejected_challenge_takes_no_acceptance_or_delivery_until_the_bureau_resumes_it()
    {
        var story = Rejected(out var enterprise);

        AcceptResults.Decide(story.State, new AcceptResults(null, [], null, Actors.Enterprise(enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(enterprise)))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        DeliverResults.Decide(story.State, new DeliverResults(Guid.NewGuid(), "再次交付的报告内容。", [], Actors.University(story.Bid("A").OrganisationId), Given.Now, Own: Given.ApprovedOf(Actors.University(story.Bid("A").OrganisationId))))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void The_bureau_resumes_with_a_new_date_and_the_winner_delivers_again_for_a_fresh_judgement()
    {
        var story = Rejected(out var enterprise);
        var officer = Actors.Bureau(Given.District);

        var resumed = ResumeJudgement.Decide(story.State, new ResumeJudgement(Given.Now.AddDays(30), " 给予30天整改期。", officer, Given.Now))
            .ShouldEmitSingle<JudgementResumed>();

        resumed.ShouldBe(new JudgementResumed(story.Id, Given.Now.AddDays(30), "给予30天整改期。", officer.UserId, Given.Now));
        var state = story.Then(resumed).State;
        (state.Status, state.Delivered.Count, state.AcceptedBy.Count).ShouldBe((ChallengeStatus.InProgress, 0, 0));
        (story.Details.JudgementRound, story.Details.DeliverBy).ShouldBe((2, Given.Now.AddDays(30)));
        var funder = Actors.Enterprise(enterprise);
        AcceptResults.Decide(state, new AcceptResults(null, [], null, funder, Given.Now, Own: Given.ApprovedOf(funder))).ShouldBeRefused(ErrorKind.Conflict, "not-delivered");

        story.Delivered("A");
        story.Details.Deliveries.Select(d => d.Round).ShouldBe([1, 2]);
        AcceptResults.Decide(story.State, new AcceptResults(null, [], null, funder, Given.Now, Own: Given.ApprovedOf(funder))).Events.Select(e => e.GetType())
            .ShouldBe([typeof(ResultsAccepted), typeof(ChallengeCompleted)]);
    }

    [Fact]
    public void The_bureau_may_instead_fail_the_challenge()
    {
        var story = Rejected(out _);

        FailChallenge.Decide(story.State, new FailChallenge("整改无望，终止项目。", Actors.Bureau(Given.District), Given.Now)).ShouldEmitSingle<ChallengeFailed>();
    }

    [Fact]
    public void Resuming_needs_the_covering_bureau_a_rejection_and_a_future_date()
    {
        var story = Rejected(out _);
        ResumeJudgement.Decide(story.State, new ResumeJudgement(Given.Now.AddDays(30), "整改。", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        ResumeJudgement.Decide(story.State, new ResumeJudgement(Given.Now, "整改。", Actors.Bureau(Given.District), Given.Now)).ShouldBeInvalid("deliverBy");

        var awarded = Given.AChallenge().WithBids(1).Closed().Awarded();
        ResumeJudgement.Decide(awarded.State, new ResumeJudgement(Given.Now.AddDays(30), "整改。", Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        new RejectResultsValidator().ShouldBeInvalid(new RejectResultsRequest(" "), "Reason");
        new ResumeJudgementValidator().ShouldBeInvalid(new ResumeJudgementRequest(Given.Now.AddDays(1), ""), "Reason");
    }
}
