using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class RejectMilestoneTests
{
    [Fact]
    public void A_rejected_delivery_is_delivered_again()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);

        story.Take(RejectMilestone.Decide(story.State, new RejectMilestone(1, "检测报告缺少循环数据", story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser))));

        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Open);
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        story.Delivered(1).Accepted(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
    }

    [Fact]
    public void Only_the_buyer_rejects()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);

        RejectMilestone.Decide(story.State, new RejectMilestone(1, "不合格", story.SellerUser, Given.Now, Own: Given.ApprovedOf(story.SellerUser))).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        RejectMilestone.Decide(story.State, new RejectMilestone(1, "不合格", story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }
}
