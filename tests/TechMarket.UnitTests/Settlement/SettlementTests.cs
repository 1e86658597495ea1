using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class SettlementTests
{
    private static readonly ContractBroker Broker = new(Guid.CreateVersion7(), "技术经纪人 郑晓");

    private static (ContractStory Story, Guid PaymentId) Transfer(ContractStory story, decimal amount, int milestone = 1)
    {
        var command = new PayByTransfer(Guid.CreateVersion7(), milestone, new TransferRequest(amount, "CMB20261120001", Guid.NewGuid(), Given.TodayInChina),
            ContractStory.Evidence(), story.BuyerUser, Given.Now);
        story.Take(PayByTransfer.Decide(story.State, command));
        return (story, command.PaymentId);
    }

    private static Decision Confirm(ContractStory story, Guid paymentId) =>
        ConfirmTransfer.Decide(story.State, new ConfirmTransfer(paymentId, 2m, story.SellerBureau, Given.Now));

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
        var (story, _) = Transfer(ContractStory.ReadyToPay(), 300_000m);

        SettlementRules.CanOpen(story.State, 1, 100_000.01m, story.BuyerUser).ShouldNotBeNull().Code.ShouldBe("over-milestone");
        SettlementRules.CanOpen(story.State, 1, 100_000m, story.BuyerUser).ShouldBeNull();
    }

    [Fact]
    public void A_confirmed_payment_records_its_technology_share_and_the_broker_s_reward()
    {
        var (story, payment) = Transfer(ContractStory.ReadyToPay(ContractStory.Terms(broker: Broker)), 100_000m);

        var events = Confirm(story, payment).Events;

        var recorded = events.OfType<TechnologyTransactionRecorded>().ShouldHaveSingleItem();
        (recorded.Amount, recorded.TechnologyAmount, recorded.VoucherAmount, recorded.ConfirmedOn).ShouldBe((100_000m, 80_000m, 0m, Given.TodayInChina));
        recorded.Facts.ShouldBe(new TransactionFacts(ContractType.Development, "0401", story.Buyer.Id, ContractStory.BuyerDistrict, story.Seller.Id,
            ContractStory.SellerDistrict, ContractOrigin.Direct, null, Broker.UserId, "2026330212000001", ContractStory.SellerDistrict));
        var reward = events.OfType<BrokerRewardAccrued>().ShouldHaveSingleItem();
        (reward.TechnologyAmount, reward.RatePercent, reward.Reward).ShouldBe((80_000m, 2m, 1_600m));
        events.OfType<MilestonePaid>().ShouldBeEmpty();
    }

    [Fact]
    public void Covered_exactly_a_milestone_is_paid_and_when_all_are_the_contract_is_completed()
    {
        var (story, first) = Transfer(ContractStory.ReadyToPay(), 150_000m);
        story.Take(Confirm(story, first));
        (story, var second) = Transfer(story, 250_000m);

        var paid = Confirm(story, second);
        paid.Events.OfType<MilestonePaid>().ShouldHaveSingleItem().Milestone.ShouldBe(1);
        paid.Events.OfType<ContractCompleted>().ShouldBeEmpty();

        story.Take(paid).Delivered(2).Accepted(2);
        (story, var last) = Transfer(story, 600_000m, milestone: 2);
        Confirm(story, last).Events.OfType<ContractCompleted>().ShouldHaveSingleItem();
        story.Take(Confirm(story, last)).State.Status.ShouldBe(ContractStatus.Completed);
        story.History.OfType<TechnologyTransactionRecorded>().Sum(t => t.TechnologyAmount).ShouldBe(800_000m);
    }

    [Fact]
    public void Technology_shares_of_awkward_amounts_add_up_to_the_technology_amount_to_the_fen()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(amount: 3m, technology: 1m, milestones: [3m]));
        foreach (var amount in new[] { 1m, 1m, 1m })
        {
            (story, var payment) = Transfer(story, amount);
            story.Take(Confirm(story, payment));
        }

        story.History.OfType<TechnologyTransactionRecorded>().Select(t => t.TechnologyAmount).ShouldBe([0.33m, 0.34m, 0.33m]);
        story.State.Status.ShouldBe(ContractStatus.Completed);
    }

    [Fact]
    public void A_payment_is_confirmed_once()
    {
        var (story, payment) = Transfer(ContractStory.ReadyToPay(), 100_000m);
        story.Take(Confirm(story, payment));

        Confirm(story, payment).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }

    [Fact]
    public void Only_the_registering_bureau_confirms_or_rejects_a_transfer()
    {
        var (story, payment) = Transfer(ContractStory.ReadyToPay(), 100_000m);

        ConfirmTransfer.Decide(story.State, new ConfirmTransfer(payment, 2m, Actors.Bureau(ContractStory.BuyerDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        RejectTransfer.Decide(story.State, new RejectTransfer(payment, "查无此款", Actors.Bureau(ContractStory.BuyerDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void A_rejected_receipt_frees_its_amount_and_counts_nothing()
    {
        var (story, payment) = Transfer(ContractStory.ReadyToPay(), 400_000m);

        story.Take(RejectTransfer.Decide(story.State, new RejectTransfer(payment, "查无此款", story.SellerBureau, Given.Now)));

        story.State.Milestones[0].Uncovered.ShouldBe(400_000m);
        Confirm(story, payment).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }

    [Fact]
    public void A_transfer_is_reported_with_a_receipt_of_this_contract_and_not_before_it_is_made()
    {
        var story = ContractStory.ReadyToPay();
        var request = new TransferRequest(100m, "CMB1", Guid.NewGuid(), Given.TodayInChina);

        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, request, null, story.BuyerUser, Given.Now)).ShouldBeInvalid("receiptFileId");
        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, request with { PaidOn = Given.TodayInChina.AddDays(1) },
            ContractStory.Evidence(), story.BuyerUser, Given.Now)).ShouldBeInvalid("paidOn");
    }

    [Fact]
    public void A_refund_reverses_what_the_payment_recorded_and_reopens_its_milestone()
    {
        var (story, payment) = Transfer(ContractStory.ReadyToPay(ContractStory.Terms(broker: Broker)), 400_000m);
        story.Take(Confirm(story, payment));

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
    public void A_contract_is_not_terminated_while_a_payment_is_in_flight()
    {
        var (story, _) = Transfer(ContractStory.ReadyToPay(), 100_000m);

        TerminateContract.Decide(story.State, new TerminateContract("不再需要", story.BuyerUser, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "payment-in-flight");
    }
}
