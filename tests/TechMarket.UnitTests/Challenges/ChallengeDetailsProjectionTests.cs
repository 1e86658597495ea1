using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

/// <summary>What the bureau, the funders and the board read back after each step of a challenge.</summary>
public class ChallengeDetailsProjectionTests
{
    [Fact]
    public void A_draft_shows_every_share_unconfirmed_its_funders_once_and_the_bounty()
    {
        var enterprise = Guid.CreateVersion7();
        var drafted = new ChallengeDrafted(
            Guid.CreateVersion7(), Given.District, Given.OpenTerms(),
            [new(Guid.CreateVersion7(), enterprise, "甲", 300_000m), new(Guid.CreateVersion7(), enterprise, "甲", 200_000m)],
            Guid.CreateVersion7(), Given.Now);

        var details = Given.ChallengeDetails([drafted]);

        (details.Id, details.District, details.Status).ShouldBe((drafted.ChallengeId, Given.District, ChallengeStatus.Draft));
        details.Funding.ShouldAllBe(f => !f.Confirmed);
        details.FunderIds.ShouldBe([enterprise]);
        details.Bounty.ShouldBe(700_000m);
        (details.CreatedAt, details.UpdatedAt, details.PublishedAt).ShouldBe((Given.Now, Given.Now, null));
    }

    [Fact]
    public void Publication_and_close_are_dated()
    {
        var story = Given.AChallenge(Given.OpenTerms());
        var opensAt = story.State.Terms.OpensAt;
        var closesAt = story.State.Terms.ClosesAt;
        story.Then(new BiddingClosed(story.Id, [], closesAt));

        var details = story.Details;

        (details.Status, details.PublishedAt, details.ClosedAt, details.UpdatedAt).ShouldBe((ChallengeStatus.BiddingClosed, opensAt, closesAt, closesAt));
        details.Funding.ShouldAllBe(f => f.Confirmed);
    }

    [Fact]
    public void Review_award_and_stage_gates_show_experts_results_and_eliminated_teams()
    {
        var story = Given.AChallengeIn(ChallengeStatus.Awarded);
        story.Gate(1, ("A", StageOutcome.Continue), ("B", StageOutcome.Eliminate));

        var details = story.Details;

        details.Experts.ShouldBe(story.Experts.Select(e => e.UserId));
        details.Results.Select(r => r.Label).ShouldBe(["A", "B"]);
        details.Feedback.Keys.ShouldBe([story.BidId("A"), story.BidId("B")], ignoreOrder: true);
        (details.Status, details.StagesReviewed).ShouldBe((ChallengeStatus.InProgress, 1));
        details.Eliminated.ShouldBe([story.BidId("B")]);
        details.AwardedAt.ShouldBe(story.Events.OfType<ChallengeAwarded>().Single().At);
    }

    [Fact]
    public void The_end_of_a_challenge_keeps_its_reason()
    {
        Given.AChallengeIn(ChallengeStatus.Failed).Details.ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(ChallengeStatus.Failed),
            d => d.FailureReason.ShouldBe("No team met the pilot target"));
        Given.AChallengeIn(ChallengeStatus.Cancelled).Details.CancellationReason.ShouldBe("The enterprise withdrew its funding");
        Given.AChallengeIn(ChallengeStatus.Completed).Details.Status.ShouldBe(ChallengeStatus.Completed);
    }
}
