using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class OnlineSettlementTests
{
    private const string Intent = "pi_3TestIntent";

    private static (ContractStory Story, Guid PaymentId) Online(decimal amount = 400_000m)
    {
        var story = ContractStory.ReadyToPay();
        var command = new PayOnline(Guid.CreateVersion7(), 1, amount, Intent, story.BuyerUser, Given.Now);
        story.Take(PayOnline.Decide(story.State, command));
        return (story, command.PaymentId);
    }

    private static StripeNotice Notice(StripeOutcome outcome, long refundedFen = 0, long amountFen = 40_000_000, string id = "evt_1") =>
        new(id, Intent, outcome, amountFen, "cny", refundedFen, Given.Now);

    private static Decision Decide(ContractStory story, Guid payment, StripeNotice notice) =>
        OnlineSettlement.Decide(story.State, payment, notice, 2m, Given.Now);

    [Fact]
    public void Success_confirms_the_payment_once()
    {
        var (story, payment) = Online();

        story.Take(Decide(story, payment, Notice(StripeOutcome.Succeeded)));

        story.History.OfType<PaymentConfirmed>().ShouldHaveSingleItem().StripeEventId.ShouldBe("evt_1");
        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Paid);
        Decide(story, payment, Notice(StripeOutcome.Succeeded, id: "evt_again")).Events.ShouldBeEmpty();
    }

    [Fact]
    public void A_refund_that_arrives_before_its_success_confirms_and_reverses_and_the_late_success_changes_nothing()
    {
        var (story, payment) = Online();

        story.Take(Decide(story, payment, Notice(StripeOutcome.Refunded, refundedFen: 40_000_000, id: "evt_refund")));

        story.History.OfType<TechnologyTransactionRecorded>().ShouldHaveSingleItem().TechnologyAmount.ShouldBe(320_000m);
        story.History.OfType<TechnologyTransactionReversed>().ShouldHaveSingleItem().TechnologyAmount.ShouldBe(320_000m);
        story.State.Settled.ShouldBe(0m);
        story.State.Milestones[0].Status.ShouldBe(MilestoneStatus.Accepted);
        Decide(story, payment, Notice(StripeOutcome.Succeeded, id: "evt_success")).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Partial_refunds_reverse_only_what_was_not_reversed_yet()
    {
        var (story, payment) = Online();
        story.Take(Decide(story, payment, Notice(StripeOutcome.Succeeded)));

        story.Take(Decide(story, payment, Notice(StripeOutcome.Refunded, refundedFen: 10_000_000, id: "evt_r1")));
        story.Take(Decide(story, payment, Notice(StripeOutcome.Refunded, refundedFen: 10_000_000, id: "evt_r1_again")));
        story.Take(Decide(story, payment, Notice(StripeOutcome.Refunded, refundedFen: 25_000_000, id: "evt_r2")));

        story.History.OfType<PaymentRefunded>().Select(r => r.Amount).ShouldBe([100_000m, 150_000m]);
        story.State.Settled.ShouldBe(150_000m);
        story.State.TechnologySettled.ShouldBe(120_000m);
    }

    [Fact]
    public void A_cancelled_intent_frees_the_amount()
    {
        var (story, payment) = Online();

        story.Take(Decide(story, payment, Notice(StripeOutcome.Canceled)));

        story.State.Milestones[0].Uncovered.ShouldBe(400_000m);
        Decide(story, payment, Notice(StripeOutcome.Succeeded)).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }

    [Fact]
    public void An_amount_or_currency_that_does_not_match_the_payment_changes_nothing()
    {
        var (story, payment) = Online();

        Decide(story, payment, Notice(StripeOutcome.Succeeded, amountFen: 39_999_999)).ShouldBeRefused(ErrorKind.Conflict, "amount-mismatch");
        Decide(story, payment, Notice(StripeOutcome.Succeeded) with { Currency = "usd" }).ShouldBeRefused(ErrorKind.Conflict, "amount-mismatch");
        Decide(story, payment, Notice(StripeOutcome.Succeeded) with { PaymentIntentId = "pi_other" }).ShouldBeRefused(ErrorKind.NotFound, "no-such-payment");
    }

    [Fact]
    public void Fen_and_yuan_convert_exactly()
    {
        SettlementRules.Fen(1_234_567.89m).ShouldBe(123_456_789L);
        SettlementRules.Yuan(123_456_789L).ShouldBe(1_234_567.89m);
    }
}
