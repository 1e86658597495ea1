using System.Collections.Immutable;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

/// <summary>A suspended buyer pays nothing — online, by bank transfer or with a voucher, not even a voucher it already
/// applied once; the same payments of the same organisation, approved, go through.</summary>
public class SuspendedPayerTests
{
    private static Organisation Suspended(Organisation organisation) => organisation with { Status = OrganisationStatus.Suspended };

    [Fact]
    public void A_suspended_buyer_pays_nothing_online_or_by_transfer()
    {
        var story = ContractStory.ReadyToPay();
        var transfer = new TransferRequest(100_000m, "CMB20261120001", Guid.NewGuid(), Given.TodayInChina);

        PayOnline.Decide(story.State, new PayOnline(Guid.CreateVersion7(), 1, 100_000m, ContractStory.Intent, story.BuyerUser, Given.Now, Suspended(story.Buyer), Parties: story.Parties))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, transfer, ContractStory.Evidence(), story.BuyerUser, Given.Now, Suspended(story.Buyer), Parties: story.Parties))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        PayOnline.Decide(story.State, new PayOnline(Guid.CreateVersion7(), 1, 100_000m, ContractStory.Intent, story.BuyerUser, Given.Now, story.Buyer, Parties: story.Parties))
            .ShouldEmitSingle<PaymentOpened>();
        PayByTransfer.Decide(story.State, new PayByTransfer(Guid.CreateVersion7(), 1, transfer, ContractStory.Evidence(), story.BuyerUser, Given.Now, story.Buyer, Parties: story.Parties))
            .ShouldEmitSingle<PaymentOpened>();
    }

    [Fact]
    public void A_suspended_enterprise_applies_no_voucher()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(type: ContractType.Service));
        var voucher = new Voucher(Guid.CreateVersion7(), story.Buyer.Id, story.Buyer.Name, ContractStory.BuyerDistrict, 200_000m, 200_000m,
            Given.TodayInChina.AddMonths(6), [VoucherUse.TechnicalService], [], 50m, ImmutableDictionary<(Guid, int), Guid>.Empty);
        ApplyVoucher Apply(Organisation own) => new(Guid.CreateVersion7(), 1, 100_000m, 2m, story.BuyerUser, Given.Now, own, story.Parties);

        var (onVoucher, onContract) = ApplyVoucher.Decide(voucher, story.State, Apply(Suspended(story.Buyer)));

        onVoucher.ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        onContract.ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ApplyVoucher.Decide(voucher, story.State, Apply(story.Buyer)).Voucher.ShouldEmitSingle<VoucherRedeemed>();
    }
}
