using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

/// <summary>Stripe's payment_intent.canceled, as the webhook decides it.</summary>
public class OnlinePaymentCanceledTests
{
    [Fact]
    public void A_cancelled_intent_frees_the_amount()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.OnlinePayment();

        story.Take(story.Stripe(payment, ContractStory.Notice(StripeOutcome.Canceled)));

        story.State.Milestones[0].Uncovered.ShouldBe(400_000m);
        story.Stripe(payment, ContractStory.Notice(StripeOutcome.Succeeded)).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }
}
