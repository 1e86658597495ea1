using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class MilestoneTests
{
    [Fact]
    public void The_seller_delivers_with_evidence_and_the_buyer_accepts()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        story.Delivered(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Delivered);
        story.Accepted(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
    }

    [Fact]
    public void Nothing_is_delivered_before_registration()
    {
        var story = new ContractStory().Drafted().SignedByBoth();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", [ContractStory.Evidence()], story.SellerUser, Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Only_the_seller_delivers_and_only_the_buyer_judges()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", [ContractStory.Evidence()], story.BuyerUser, Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        story.Delivered(1);
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.SellerUser, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        RejectMilestone.Decide(story.State, new RejectMilestone(1, "不合格", story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }

    [Fact]
    public void A_delivery_needs_evidence_from_this_contract()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(1, "交付", null, story.SellerUser, Given.Now)).ShouldBeInvalid("fileIds");
    }

    [Fact]
    public void A_rejected_delivery_is_delivered_again()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);

        story.Take(RejectMilestone.Decide(story.State, new RejectMilestone(1, "检测报告缺少循环数据", story.BuyerUser, Given.Now)));

        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Open);
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        story.Delivered(1).Accepted(1).State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
    }

    [Fact]
    public void An_unknown_milestone_is_not_found()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        DeliverMilestone.Decide(story.State, new DeliverMilestone(3, "交付", [ContractStory.Evidence()], story.SellerUser, Given.Now))
            .ShouldBeRefused(ErrorKind.NotFound, "no-such-milestone");
    }

    [Fact]
    public void The_last_acceptance_is_known_so_a_challenge_s_results_can_follow()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1).Accepted(1).Delivered(2);

        AcceptMilestone.IsLast(story.State, 2).ShouldBeTrue();
        AcceptMilestone.IsLast(new ContractStory().Drafted().SignedByBoth().Registered().Delivered(2).State, 2).ShouldBeFalse();
    }

    [Fact]
    public void Termination_cancels_the_unpaid_milestones_and_needs_a_lead_party()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1).Accepted(1);

        TerminateContract.Decide(story.State, new TerminateContract("企业战略调整", story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        var terminated = TerminateContract.Decide(story.State, new TerminateContract("企业战略调整", story.BuyerUser, Given.Now))
            .ShouldEmitSingle<ContractTerminated>();

        terminated.CancelledMilestones.ShouldBe([1, 2]);
        story.Take(Decision.Accept(terminated)).State.Milestones.ShouldAllBe(m => m.Status == MilestoneStatus.Cancelled);
        TerminateContract.Decide(story.State, new TerminateContract("再次", story.BuyerUser, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
