using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class AcceptMilestoneTests
{
    [Fact]
    public void The_buyer_accepts_a_delivered_milestone()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);

        story.Accepted(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
    }

    [Fact]
    public void Only_the_buyer_accepts()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);

        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.SellerUser, Given.Now, Own: Given.ApprovedOf(story.SellerUser), Parties: story.Parties)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }

    [Fact]
    public void A_milestone_not_delivered_is_not_accepted()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void The_last_acceptance_is_known_so_a_challenge_s_results_can_follow()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1).Accepted(1).Delivered(2);

        AcceptMilestone.IsLast(story.State, 2).ShouldBeTrue();
        AcceptMilestone.IsLast(new ContractStory().Drafted().SignedByBoth().Registered().Delivered(2).State, 2).ShouldBeFalse();
    }
}
