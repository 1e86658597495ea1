using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

/// <summary>Stripe's charge.refunded (its amount_refunded is cumulative), as the webhook decides it, in any order.</summary>
public class OnlinePaymentRefundedTests
{
    [Fact]
    public void A_refund_that_arrives_before_its_success_confirms_and_reverses_and_the_late_success_changes_nothing()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.OnlinePayment();

        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Refunded, refundedFen: 40_000_000, id: "evt_refund")));

        story.History.OfType<TechnologyTransactionRecorded>().ShouldHaveSingleItem().TechnologyAmount.ShouldBe(320_000m);
        story.History.OfType<TechnologyTransactionReversed>().ShouldHaveSingleItem().TechnologyAmount.ShouldBe(320_000m);
        story.State.Settled.ShouldBe(0m);
        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded, id: "evt_success")).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Partial_refunds_reverse_only_what_was_not_reversed_yet()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.OnlinePayment();
        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded)));

        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Refunded, refundedFen: 10_000_000, id: "evt_r1")));
        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Refunded, refundedFen: 10_000_000, id: "evt_r1_again")));
        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Refunded, refundedFen: 25_000_000, id: "evt_r2")));

        story.History.OfType<PaymentRefunded>().Select(r => r.Amount).ShouldBe([100_000m, 150_000m]);
        story.State.Settled.ShouldBe(150_000m);
        story.State.TechnologySettled.ShouldBe(120_000m);
    }
}
