using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class PayByTransferTests
{
    [Fact]
    public void A_reported_transfer_holds_its_amount_until_the_bureau_decides()
    {
        var story = ContractStory.ReadyToPay();

        var payment = story.Transfer(150_000m);

        story.State.Payments[payment].ShouldSatisfyAllConditions(p => p.Status.ShouldBe(PaymentStatus.Open), p => p.Method.ShouldBe(PaymentMethod.BankTransfer));
        story.State.Milestones[0].ShouldSatisfyAllConditions(m => m.Held.ShouldBe(150_000m), m => m.Uncovered.ShouldBe(250_000m));
    }

    [Fact]
    public void A_transfer_is_reported_with_a_receipt_of_this_contract_and_not_before_it_is_made()
    {
        var story = ContractStory.ReadyToPay();
        var request = new TransferRequest(100m, "CMB1", Guid.NewGuid(), Given.TodayInChina);

        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, request, null, story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties)).ShouldBeInvalid("receiptFileId");
        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, request with { PaidOn = Given.TodayInChina.AddDays(1) },
            ContractStory.Evidence(), story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties)).ShouldBeInvalid("paidOn");
    }
}
