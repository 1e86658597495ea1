using System.Collections.Immutable;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Settlement;

public class ApplyVoucherTests
{
    private static Voucher VoucherOf(ContractStory story, decimal balance = 200_000m, DateOnly? expires = null, VoucherUse[]? uses = null, Guid[]? providers = null,
        decimal share = 50m) =>
        new(Guid.CreateVersion7(), story.Buyer.Id, story.Buyer.Name, ContractStory.BuyerDistrict, 200_000m, balance, expires ?? Given.TodayInChina.AddMonths(6),
            uses ?? [VoucherUse.TechnicalService], providers ?? [], share, ImmutableDictionary<(Guid, int), Guid>.Empty);

    private static ContractStory ServiceContract(bool related = false) =>
        ContractStory.ReadyToPay(ContractStory.Terms(type: ContractType.Service, related: related));

    private static (Decision Voucher, Decision Contract) Apply(Voucher voucher, ContractStory story, decimal amount, DateTimeOffset? now = null) =>
        ApplyVoucher.Decide(voucher, story.State, new ApplyVoucher(Guid.CreateVersion7(), 1, amount, 2m, story.BuyerUser, now ?? Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties));

    [Fact]
    public void A_voucher_covers_its_share_of_a_service_milestone_and_is_confirmed_at_once()
    {
        var story = ServiceContract();
        var voucher = VoucherOf(story);

        var (onVoucher, onContract) = Apply(voucher, story, 200_000m);

        onVoucher.ShouldEmitSingle<VoucherRedeemed>().Amount.ShouldBe(200_000m);
        onContract.Events.OfType<PaymentConfirmed>().ShouldHaveSingleItem().Method.ShouldBe(PaymentMethod.Voucher);
        onContract.Events.OfType<TechnologyTransactionRecorded>().ShouldHaveSingleItem().VoucherAmount.ShouldBe(200_000m);
        voucher = Voucher.Evolve(voucher, (VoucherRedeemed)onVoucher.Events[0])!;
        voucher.Balance.ShouldBe(0m);
    }

    [Fact]
    public void The_same_voucher_on_the_same_milestone_counts_once()
    {
        var story = ServiceContract();
        var voucher = VoucherOf(story);
        var (onVoucher, onContract) = Apply(voucher, story, 100_000m);
        voucher = Voucher.Evolve(voucher, (VoucherRedeemed)onVoucher.Events[0])!;
        story.Take(onContract);

        var (again, againOnContract) = Apply(voucher, story, 100_000m);

        again.Events.ShouldBeEmpty();
        againOnContract.Events.ShouldBeEmpty();
        voucher.Balance.ShouldBe(100_000m);
    }

    [Fact]
    public void An_expired_voucher_is_refused_from_the_day_after_its_expiry_in_China()
    {
        var story = ServiceContract();
        var voucher = VoucherOf(story, expires: Given.TodayInChina);

        Apply(voucher, story, 1_000m).Contract.Error.ShouldBeNull();
        Apply(voucher, story, 1_000m, Given.Now.AddDays(1)).Contract.ShouldBeRefused(ErrorKind.Conflict, "voucher-expired");
    }

    [Fact]
    public void A_voucher_is_refused_over_its_balance_or_its_share_of_the_milestone()
    {
        var story = ServiceContract();

        Apply(VoucherOf(story, balance: 99_999.99m), story, 100_000m).Contract.ShouldBeRefused(ErrorKind.Conflict, "voucher-balance");
        Apply(VoucherOf(story, share: 25m), story, 100_000.01m).Contract.ShouldBeRefused(ErrorKind.Conflict, "voucher-share")
            .Detail.ShouldBe("The voucher covers at most 25% of a milestone: 100000.00.");
    }

    [Fact]
    public void A_voucher_pays_only_for_the_contract_types_it_names()
    {
        var development = ContractStory.ReadyToPay();
        Apply(VoucherOf(development), development, 1_000m).Contract.ShouldBeRefused(ErrorKind.Conflict, "voucher-wrong-type");

        var consulting = ContractStory.ReadyToPay(ContractStory.Terms(type: ContractType.Consulting));
        Apply(VoucherOf(consulting), consulting, 1_000m).Contract.ShouldBeRefused(ErrorKind.Conflict, "voucher-wrong-type");
        Apply(VoucherOf(consulting, uses: [VoucherUse.Consulting]), consulting, 1_000m).Contract.Error.ShouldBeNull();
    }

    [Fact]
    public void Testing_and_instruments_are_paid_to_listed_providers_only()
    {
        var story = ServiceContract();

        Apply(VoucherOf(story, uses: [VoucherUse.TestingAndInstruments], providers: [Guid.CreateVersion7()]), story, 1_000m).Contract
            .ShouldBeRefused(ErrorKind.Conflict, "voucher-wrong-type");
        Apply(VoucherOf(story, uses: [VoucherUse.TestingAndInstruments], providers: [story.Seller.Id]), story, 1_000m).Contract.Error.ShouldBeNull();
    }

    [Fact]
    public void Another_organisation_s_voucher_is_refused()
    {
        var story = ServiceContract();
        var voucher = VoucherOf(story) with { HolderId = Guid.CreateVersion7() };

        Apply(voucher, story, 1_000m).Contract.ShouldBeRefused(ErrorKind.Forbidden, "not-your-voucher");
    }

    [Fact]
    public void Related_parties_are_refused()
    {
        var story = ServiceContract(related: true);

        Apply(VoucherOf(story), story, 1_000m).Contract.ShouldBeRefused(ErrorKind.Conflict, "related-parties");
    }

    [Fact]
    public void An_unregistered_contract_is_refused_before_the_voucher_is_looked_at()
    {
        var story = new ContractStory().Drafted(ContractStory.Terms(type: ContractType.Service)).SignedByBoth();

        Apply(VoucherOf(story), story, 1_000m).Contract.ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
