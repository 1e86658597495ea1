using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class TerminateContractTests
{
    [Fact]
    public void Termination_cancels_the_unpaid_milestones_and_needs_a_lead_party()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1).Accepted(1);

        TerminateContract.Decide(story.State, new TerminateContract("企业战略调整", story.SellerBureau, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        var terminated = TerminateContract.Decide(story.State, new TerminateContract("企业战略调整", story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser)))
            .ShouldEmitSingle<ContractTerminated>();

        terminated.CancelledMilestones.ShouldBe([1, 2]);
        story.Take(Decision.Accept(terminated)).State.Milestones.ShouldAllBe(m => m.Status == MilestoneStatus.Cancelled);
        TerminateContract.Decide(story.State, new TerminateContract("再次", story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void A_contract_is_not_terminated_while_a_payment_is_in_flight()
    {
        var story = ContractStory.ReadyToPay();
        story.Transfer(100_000m);

        TerminateContract.Decide(story.State, new TerminateContract("不再需要", story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser))).ShouldBeRefused(ErrorKind.Conflict, "payment-in-flight");
    }
}
