using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

/// <summary>The rules every payment method shares (<see cref="SettlementRules"/>): what may be paid, by whom, how much,
/// and what a refund reverses.</summary>
public class SettlementRulesTests
{
    [Fact]
    public void An_unregistered_contract_or_an_unaccepted_milestone_is_not_paid()
    {
        var signed = new ContractStory().Drafted().SignedByBoth();
        SettlementRules.CanOpen(signed.State, 1, 100m, signed.BuyerUser).ShouldNotBeNull().Code.ShouldBe("invalid-transition");

        var delivered = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);
        SettlementRules.CanOpen(delivered.State, 1, 100m, delivered.BuyerUser).ShouldNotBeNull().Detail
            .ShouldBe("Milestone 1 is delivered and cannot be paid (only an accepted milestone is).");
    }

    [Fact]
    public void Only_the_buyer_s_side_pays()
    {
        var story = ContractStory.ReadyToPay();

        SettlementRules.CanOpen(story.State, 1, 100m, story.SellerUser).ShouldNotBeNull().Code.ShouldBe("not-a-party");
    }

    [Fact]
    public void Payments_under_way_hold_their_amount_so_together_they_never_cover_more_than_the_milestone()
    {
        var story = ContractStory.ReadyToPay();
        story.Transfer(300_000m);

        SettlementRules.CanOpen(story.State, 1, 100_000.01m, story.BuyerUser).ShouldNotBeNull().Code.ShouldBe("over-milestone");
        SettlementRules.CanOpen(story.State, 1, 100_000m, story.BuyerUser).ShouldBeNull();
    }

    [Fact]
    public void A_refund_reverses_what_the_payment_recorded_and_reopens_its_milestone()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(broker: ContractStory.Broker));
        var payment = story.Transfer(400_000m);
        story.Take(story.Confirm(payment));

        var refund = SettlementRules.Refund(story.State, payment, 400_000m, Given.TodayInChina, "evt_1", Given.Now);

        var reversed = refund.Events.OfType<TechnologyTransactionReversed>().ShouldHaveSingleItem();
        (reversed.Amount, reversed.TechnologyAmount).ShouldBe((400_000m, 320_000m));
        refund.Events.OfType<BrokerRewardReversed>().ShouldHaveSingleItem().Reward.ShouldBe(6_400m);
        refund.Events.OfType<MilestoneReopened>().ShouldHaveSingleItem();
        story.Take(refund).State.Milestones[0].ShouldSatisfyAllConditions(m => m.Status.ShouldBe(MilestoneStatus.Accepted), m => m.Uncovered.ShouldBe(400_000m));
        story.State.TechnologySettled.ShouldBe(0m);
        SettlementRules.Refund(story.State, payment, 0.01m, Given.TodayInChina, "evt_2", Given.Now).ShouldBeRefused(ErrorKind.Conflict, "over-refund");
    }

    [Fact]
    public void Fen_and_yuan_convert_exactly()
    {
        SettlementRules.Fen(1_234_567.89m).ShouldBe(123_456_789L);
        SettlementRules.Yuan(123_456_789L).ShouldBe(1_234_567.89m);
    }
}
