using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

/// <summary>Stripe's payment_intent.succeeded, as the webhook decides it (<see cref="OnlineSettlement"/>).</summary>
public class OnlinePaymentSucceededTests
{
    [Fact]
    public void Success_confirms_the_payment_once()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.OnlinePayment();

        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded)));

        story.History.OfType<PaymentConfirmed>().ShouldHaveSingleItem().StripeEventId.ShouldBe("evt_1");
        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Paid);
        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded, id: "evt_again")).Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_amount_or_currency_that_does_not_match_the_payment_changes_nothing()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.OnlinePayment();

        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded, amountFen: 39_999_999)).ShouldBeRefused(ErrorKind.Conflict, "amount-mismatch");
        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded) with { Currency = "usd" }).ShouldBeRefused(ErrorKind.Conflict, "amount-mismatch");
        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded) with { PaymentIntentId = "pi_other" }).ShouldBeRefused(ErrorKind.NotFound, "no-such-payment");
    }
}
