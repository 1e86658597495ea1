using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class ConfirmTransferTests
{
    [Fact]
    public void A_confirmed_payment_records_its_technology_share_and_the_broker_s_reward()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(broker: ContractStory.Broker));
        var payment = story.Transfer(100_000m);

        var events = story.Confirm(payment).Events;

        var recorded = events.OfType<TechnologyTransactionRecorded>().ShouldHaveSingleItem();
        (recorded.Amount, recorded.TechnologyAmount, recorded.VoucherAmount, recorded.ConfirmedOn).ShouldBe((100_000m, 80_000m, 0m, Given.TodayInChina));
        recorded.Facts.ShouldBe(new TransactionFacts(ContractType.Development, "0401", story.Buyer.Id, ContractStory.BuyerDistrict, story.Seller.Id,
            ContractStory.SellerDistrict, ContractOrigin.Direct, null, ContractStory.Broker.UserId, "2026330212000001", ContractStory.SellerDistrict));
        var reward = events.OfType<BrokerRewardAccrued>().ShouldHaveSingleItem();
        (reward.TechnologyAmount, reward.RatePercent, reward.Reward).ShouldBe((80_000m, 2m, 1_600m));
        events.OfType<MilestonePaid>().ShouldBeEmpty();
    }

    [Fact]
    public void Covered_exactly_a_milestone_is_paid_and_when_all_are_the_contract_is_completed()
    {
        var story = ContractStory.ReadyToPay();
        story.Take(story.Confirm(story.Transfer(150_000m)));
        var second = story.Transfer(250_000m);

        var paid = story.Confirm(second);
        paid.Events.OfType<MilestonePaid>().ShouldHaveSingleItem().Milestone.ShouldBe(1);
        paid.Events.OfType<ContractCompleted>().ShouldBeEmpty();

        story.Take(paid).Delivered(2).Accepted(2);
        var last = story.Transfer(600_000m, milestone: 2);
        story.Confirm(last).Events.OfType<ContractCompleted>().ShouldHaveSingleItem();
        story.Take(story.Confirm(last)).State.Status.ShouldBe(ContractStatus.Completed);
        story.History.OfType<TechnologyTransactionRecorded>().Sum(t => t.TechnologyAmount).ShouldBe(800_000m);
    }

    [Fact]
    public void Technology_shares_of_awkward_amounts_add_up_to_the_technology_amount_to_the_fen()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(amount: 3m, technology: 1m, milestones: [3m]));
        foreach (var amount in new[] { 1m, 1m, 1m })
        {
            story.Take(story.Confirm(story.Transfer(amount)));
        }

        story.History.OfType<TechnologyTransactionRecorded>().Select(t => t.TechnologyAmount).ShouldBe([0.33m, 0.34m, 0.33m]);
        story.State.Status.ShouldBe(ContractStatus.Completed);
    }

    [Fact]
    public void A_payment_is_confirmed_once()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.Transfer(100_000m);
        story.Take(story.Confirm(payment));

        story.Confirm(payment).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }

    [Fact]
    public void Only_the_registering_bureau_confirms_a_transfer()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.Transfer(100_000m);

        ConfirmTransfer.Decide(story.State, new ConfirmTransfer(payment, 2m, Actors.Bureau(ContractStory.BuyerDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }
}
