using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class DeliverMilestoneTests
{
    [Fact]
    public void The_seller_delivers_a_milestone_of_a_registered_contract_with_evidence()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        story.Delivered(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Delivered);
    }

    [Fact]
    public void Nothing_is_delivered_before_registration()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", [ContractStory.Evidence()], story.SellerUser, Given.Now, Own: Given.ApprovedOf(story.SellerUser)))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Only_the_seller_delivers()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", [ContractStory.Evidence()], story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }

    [Fact]
    public void A_delivery_needs_evidence_from_this_contract()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", null, story.SellerUser, Given.Now, Own: Given.ApprovedOf(story.SellerUser))).ShouldBeInvalid("fileIds");
    }

    [Fact]
    public void An_unknown_milestone_is_not_found()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(3, "交付", [ContractStory.Evidence()], story.SellerUser, Given.Now, Own: Given.ApprovedOf(story.SellerUser)))
            .ShouldBeRefused(ErrorKind.NotFound, "no-such-milestone");
    }
}
