using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class RejectTransferTests
{
    [Fact]
    public void A_rejected_receipt_frees_its_amount_and_counts_nothing()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.Transfer(400_000m);

        story.Take(RejectTransfer.Decide(story.State, new RejectTransfer(payment, "查无此款", story.SellerBureau, Given.Now)));

        story.State.Milestones[0].Uncovered.ShouldBe(400_000m);
        story.State.Settled.ShouldBe(0m);
        story.Confirm(payment).ShouldBeRefused(ErrorKind.Conflict, "payment-not-open");
    }

    [Fact]
    public void Only_the_registering_bureau_rejects_a_transfer()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.Transfer(100_000m);

        RejectTransfer.Decide(story.State, new RejectTransfer(payment, "查无此款", Actors.Bureau(ContractStory.BuyerDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }
}
